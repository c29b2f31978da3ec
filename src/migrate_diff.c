/*
 * migrate_diff.c
 *		The differ: compares two SQL schema models (MsSchema) and produces
 *		Prisma's ordered migration steps (CreateSchema, CreateExtension, CreateEnum,
 *		AlterEnum, DropForeignKey, DropIndex, AlterTable, DropTable,
 *		DropEnum, CreateTable, CreateIndex, RenameForeignKey, AddForeignKey,
 *		RenameIndex) plus the destructive-change checks.  Tables are matched
 *		by (schema, name), columns and enums by name, indexes and foreign
 *		keys by definition, as Prisma's schema differ does.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "migrate.h"
#include "migrate_int.h"

typedef enum TypeChange
{
	TC_NONE,
	TC_SAFE,
	TC_RISKY,
	TC_NOT_CASTABLE
} TypeChange;

typedef struct ColChange
{
	bool		arity;
	bool		deflt;
	bool		autoinc_added;
	bool		autoinc_removed;
	TypeChange	type;
} ColChange;

typedef struct Diff
{
	PslArena   *arena;
	MsSchema   *from;
	MsSchema   *to;
	MigrateWarnings *w;
	PslVec		steps;
	MsTable   **next_of_table;	/* by previous table id */
	MsTable   **prev_of_table;	/* by next table id */
	MsForeignKey **next_of_fk;	/* by previous fk id */
	MsForeignKey **prev_of_fk;	/* by next fk id */
	MsIndex   **next_of_ix;		/* by previous index id */
	MsIndex   **prev_of_ix;		/* by next index id */
} Diff;

/* Start a new step. */
static MigrateStep *
new_step(Diff *d, MigrateStepKind kind, const char *header, const char *schema,
		 const char *object)
{
	MigrateStep *st = psl_alloc(d->arena, sizeof(MigrateStep));

	st->kind = kind;
	st->header = header;
	st->schema = (char *) schema;
	st->object = (char *) object;
	psl_vec_push(d->arena, &d->steps, st);
	return st;
}

/* A step with a single statement. */
static void
one_step(Diff *d, MigrateStepKind kind, const char *header, const char *schema,
		 const char *object, char *sql)
{
	MigrateStep *st = new_step(d, kind, header, schema, object);

	psl_vec_push(d->arena, &st->statements, sql);
}

/* Record a destructive-change check. */
static MigrateCheck *
add_check(Diff *d, MigrateCheckKind kind, MigrateCount count, MsTable *t,
		  const char *column)
{
	MigrateCheck *c = psl_alloc(d->arena, sizeof(MigrateCheck));

	c->kind = kind;
	c->count = count;
	c->unexecutable = kind >= MIGRATE_CHECK_ADD_REQUIRED_COLUMN;
	if (t)
	{
		c->schema = t->schema;
		c->table = t->name;
	}
	c->column = (char *) column;
	psl_vec_push(d->arena, &d->w->checks, c);
	return c;
}

static char *
qname(Diff *d, const char *schema, const char *name)
{
	return ms_name(d->arena, d->to, schema, name);
}

/*
 * The table of an enum column's DROP DEFAULT while the enum is recreated:
 * Prisma's engine writes it with its schema when the old state is a live
 * database ("public"."User"), as it knows the table's namespace then (and
 * so the DROP TYPE of the old enum).
 */
static char *
enum_default_table(Diff *d, MsTable *t)
{
	return d->from->live ? ms_qualified(d->arena, NULL, t->schema, t->name)
		: qname(d, t->schema, t->name);
}

static bool
streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* Whether two string vectors are equal. */
static bool
names_equal(PslVec *a, PslVec *b)
{
	int			i;

	if (a->len != b->len)
		return false;
	for (i = 0; i < a->len; i++)
		if (strcmp(a->items[i], b->items[i]) != 0)
			return false;
	return true;
}

/* ---------------------------------------------------------------------
 * Column comparison
 * --------------------------------------------------------------------- */

static bool
nat(MsColumn *c, const char *name)
{
	return c->type_kind == MS_TYPE_NATIVE && strcmp(c->native, name) == 0;
}

static bool
is_textlike(MsColumn *c)
{
	return nat(c, "Text") || nat(c, "VarChar") || nat(c, "Citext");
}

/* VarChar/Char target with length n: risky when shorter than need. */
static TypeChange
char_target(MsColumn *n, int need, bool char_nolen_risky)
{
	if (nat(n, "VarChar"))
		return (n->nargs == 0 || n->args[0] >= need) ? TC_SAFE : TC_RISKY;
	if (nat(n, "Char"))
	{
		if (n->nargs == 0)
			return char_nolen_risky ? TC_RISKY : TC_SAFE;
		return n->args[0] >= need ? TC_SAFE : TC_RISKY;
	}
	return TC_NOT_CASTABLE;
}

/* Prisma's PostgreSQL cast classification between two native types. */
static TypeChange
native_change(MsColumn *p, MsColumn *n)
{
	const char *pt = p->native;

	if (strcmp(p->native, n->native) == 0 && p->nargs == n->nargs &&
		(p->nargs < 1 || p->args[0] == n->args[0]) &&
		(p->nargs < 2 || p->args[1] == n->args[1]))
		return TC_NONE;
	if (nat(n, "Text") && strcmp(pt, "Text") != 0)
		return TC_SAFE;
	if (strcmp(pt, "Inet") == 0)
		return is_textlike(n) ? TC_SAFE : TC_NOT_CASTABLE;
	if (strcmp(pt, "Money") == 0)
		return is_textlike(n) ? TC_SAFE : TC_RISKY;
	if (strcmp(pt, "Citext") == 0)
		return is_textlike(n) ? TC_SAFE : TC_RISKY;
	if (strcmp(pt, "Oid") == 0)
		return (is_textlike(n) || nat(n, "BigInt") || nat(n, "Integer")) ? TC_SAFE : TC_NOT_CASTABLE;
	if (strcmp(pt, "SmallInt") == 0 || strcmp(pt, "Integer") == 0 || strcmp(pt, "BigInt") == 0)
	{
		int			rank = strcmp(pt, "SmallInt") == 0 ? 0 : strcmp(pt, "Integer") == 0 ? 1 : 2;
		int			nrank = nat(n, "SmallInt") ? 0 : nat(n, "Integer") ? 1 : nat(n, "BigInt") ? 2 : -1;
		int			digits = rank == 0 ? 5 : rank == 1 ? 10 : 19;

		if (nrank >= 0)
			return nrank >= rank ? TC_SAFE : TC_RISKY;
		if (nat(n, "Real") || nat(n, "DoublePrecision"))
			return TC_SAFE;
		if (nat(n, "Decimal"))
			return (n->nargs == 2 && n->args[0] - n->args[1] < digits) ? TC_RISKY : TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return char_target(n, digits + 1, true);
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Decimal") == 0)
	{
		if (nat(n, "SmallInt") || nat(n, "Integer") || nat(n, "BigInt"))
		{
			int			max = nat(n, "SmallInt") ? 2 : nat(n, "Integer") ? 9 : 18;

			return (p->nargs == 2 && p->args[1] == 0 && p->args[0] <= max) ? TC_SAFE : TC_RISKY;
		}
		if (nat(n, "Decimal"))
		{
			if (p->nargs == 0 && n->nargs > 0)
				return TC_RISKY;
			if (p->nargs == 2 && n->nargs == 2 &&
				(n->args[0] - n->args[1] < p->args[0] - p->args[1] || n->args[1] < p->args[1]))
				return TC_RISKY;
			return TC_SAFE;
		}
		if (nat(n, "Real") || nat(n, "DoublePrecision"))
			return TC_RISKY;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return char_target(n, p->nargs == 2 ? p->args[0] + 2 : 131072, true);
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Real") == 0 || strcmp(pt, "DoublePrecision") == 0)
	{
		bool		dbl = strcmp(pt, "DoublePrecision") == 0;

		if (nat(n, "SmallInt") || nat(n, "Integer") || nat(n, "BigInt") || nat(n, "Decimal"))
			return TC_RISKY;
		if (nat(n, "Real"))
			return dbl ? TC_RISKY : TC_SAFE;
		if (nat(n, "DoublePrecision"))
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return char_target(n, dbl ? 317 : 47, true);
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "VarChar") == 0 || strcmp(pt, "Char") == 0)
	{
		if (nat(n, "VarChar") || nat(n, "Char"))
		{
			if (n->nargs == 0)
				return nat(n, "Char") ? TC_RISKY : TC_SAFE;
			if (p->nargs == 0 || n->args[0] < p->args[0])
				return TC_RISKY;
			return TC_SAFE;
		}
		if (nat(n, "Citext"))
			return TC_SAFE;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Text") == 0)
	{
		if (nat(n, "Citext"))
			return TC_SAFE;
		if (nat(n, "VarChar"))
			return n->nargs == 0 ? TC_SAFE : TC_RISKY;
		if (nat(n, "Char"))
			return TC_RISKY;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "ByteA") == 0)
	{
		if (nat(n, "VarChar") && n->nargs == 0)
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return (n->nargs == 0 || n->args[0] > 2) ? TC_RISKY : TC_NOT_CASTABLE;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Timestamp") == 0 || strcmp(pt, "Timestamptz") == 0 ||
		strcmp(pt, "Date") == 0)
	{
		int			need = strcmp(pt, "Timestamptz") == 0 ? 28 : 23;

		if (strcmp(pt, n->native) == 0 && (n->nargs == 0 || p->nargs == 0))
			return TC_NONE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return (n->nargs == 0 && nat(n, "VarChar")) || (n->nargs > 0 && n->args[0] >= need) ?
				TC_SAFE : TC_NOT_CASTABLE;
		if (nat(n, "Timestamp") || nat(n, "Timestamptz") || nat(n, "Date") ||
			nat(n, "Time") || nat(n, "Timetz"))
			return TC_SAFE;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Time") == 0 || strcmp(pt, "Timetz") == 0)
	{
		if (strcmp(pt, n->native) == 0 && (n->nargs == 0 || p->nargs == 0))
			return TC_NONE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return (n->nargs == 0 && nat(n, "VarChar")) ||
				(n->nargs > 0 && n->args[0] > (strcmp(pt, "Time") == 0 ? 13 : 18)) ?
				TC_SAFE : TC_NOT_CASTABLE;
		if (nat(n, "Time") || nat(n, "Timetz"))
			return TC_SAFE;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Boolean") == 0)
	{
		if (nat(n, "VarChar") && n->nargs == 0)
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return n->nargs == 0 || n->args[0] > 4 ? TC_SAFE : n->args[0] == 4 ? TC_RISKY : TC_NOT_CASTABLE;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Json") == 0 || strcmp(pt, "JsonB") == 0)
	{
		if (nat(n, "Json") || nat(n, "JsonB"))
			return TC_SAFE;
		if (nat(n, "VarChar") && n->nargs == 0)
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return TC_RISKY;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Uuid") == 0)
	{
		if (nat(n, "VarChar") && n->nargs == 0)
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return n->nargs == 0 || n->args[0] > 31 ? TC_SAFE : TC_NOT_CASTABLE;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Xml") == 0)
	{
		if (nat(n, "VarChar") && n->nargs == 0)
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return TC_RISKY;
		return TC_NOT_CASTABLE;
	}
	if (strcmp(pt, "Bit") == 0 || strcmp(pt, "VarBit") == 0)
	{
		if (nat(n, "VarChar") && n->nargs == 0)
			return TC_SAFE;
		if (nat(n, "Bit") || nat(n, "VarBit"))
			return TC_RISKY;
		return TC_NOT_CASTABLE;
	}
	return TC_NOT_CASTABLE;
}

/* How a column's type changes between two schemas. */
static TypeChange
type_change(MsColumn *p, MsColumn *n)
{
	if (p->type_kind == MS_TYPE_ENUM || n->type_kind == MS_TYPE_ENUM)
	{
		if (p->type_kind == n->type_kind && streq(p->enum_name, n->enum_name) &&
			streq(p->enum_schema, n->enum_schema) && p->is_list == n->is_list)
			return TC_NONE;
		return TC_NOT_CASTABLE;
	}
	if (p->type_kind == MS_TYPE_UNSUPPORTED || n->type_kind == MS_TYPE_UNSUPPORTED)
	{
		if (p->type_kind == n->type_kind && strcmp(p->unsupported, n->unsupported) == 0 &&
			p->is_list == n->is_list)
			return TC_NONE;
		return TC_RISKY;
	}
	if (!p->is_list && n->is_list)
		return TC_NOT_CASTABLE;
	if (p->is_list && !n->is_list)
	{
		if (nat(n, "Text") || (nat(n, "VarChar") && n->nargs == 0))
			return TC_SAFE;
		if (nat(n, "VarChar") || nat(n, "Char"))
			return TC_RISKY;
		return TC_NOT_CASTABLE;
	}
	return native_change(p, n);
}

/* Compare two numeric literals as decimals. */
static bool
numbers_equal(const char *a, const char *b)
{
	return strtold(a, NULL) == strtold(b, NULL);
}

/* Compare two JSON literals ignoring whitespace outside strings. */
static bool
json_equal(const char *a, const char *b)
{
	bool		ina = false,
				inb = false;

	for (;;)
	{
		while (*a && !ina && isspace((unsigned char) *a))
			a++;
		while (*b && !inb && isspace((unsigned char) *b))
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (*a != *b)
			return false;
		if (*a == '"' && (a[-1] != '\\'))
			ina = !ina;
		if (*b == '"' && (b[-1] != '\\'))
			inb = !inb;
		a++;
		b++;
	}
}

/* Whether two column defaults differ the way Prisma sees it. */
static bool
defaults_differ(MsColumn *p, MsColumn *n)
{
	bool		pd = p->default_sql != NULL && p->default_kind != MS_DEFAULT_SEQUENCE;
	bool		nd = n->default_sql != NULL && n->default_kind != MS_DEFAULT_SEQUENCE;

	if (!pd && !nd)
		return false;
	if (pd != nd)
		return true;
	if (p->default_datetime || n->default_datetime)
		return false;
	if (p->default_kind == MS_DEFAULT_DBGENERATED || n->default_kind == MS_DEFAULT_DBGENERATED)
		return strcasecmp(p->default_sql, n->default_sql) != 0;
	if (p->default_kind != n->default_kind)
		return true;
	if (p->default_numeric && n->default_numeric && !p->is_list)
		return !numbers_equal(p->default_sql, n->default_sql);
	/* a list's elements are quoted JSON texts: the same comparison holds */
	if (p->default_json && n->default_json)
		return !json_equal(p->default_sql, n->default_sql);
	return strcmp(p->default_sql, n->default_sql) != 0;
}

/* All differences of a column pair. */
static ColChange
column_change(MsColumn *p, MsColumn *n)
{
	ColChange	c = {0};

	c.type = type_change(p, n);
	c.arity = (p->not_null && !p->is_list) != (n->not_null && !n->is_list);
	c.deflt = defaults_differ(p, n);
	c.autoinc_added = !p->autoincrement && n->autoincrement;
	c.autoinc_removed = p->autoincrement && !n->autoincrement;
	return c;
}

static bool
column_changed(ColChange c)
{
	return c.type != TC_NONE || c.arity || c.deflt || c.autoinc_added || c.autoinc_removed;
}

/* Prisma's native-type name with arguments: "VarChar(10)", "Integer". */
static char *
type_display(PslArena *arena, MsColumn *c)
{
	const char *base;

	if (c->type_kind == MS_TYPE_ENUM)
		base = c->enum_name;
	else if (c->type_kind == MS_TYPE_UNSUPPORTED)
		base = c->unsupported;
	else if (c->nargs == 2)
		base = psl_printf(arena, "%s(%d,%d)", c->native, c->args[0], c->args[1]);
	else if (c->nargs == 1)
		base = psl_printf(arena, "%s(%d)", c->native, c->args[0]);
	else
		base = c->native;
	return c->is_list ? psl_printf(arena, "%s[]", base) : (char *) base;
}

/* ---------------------------------------------------------------------
 * Matching
 * --------------------------------------------------------------------- */

/* Number of ids used by tables / indexes / fks in a schema. */
static void
count_ids(MsSchema *s, int *nt, int *ni, int *nf)
{
	int			i,
				j;

	*nt = *ni = *nf = 0;
	for (i = 0; i < s->tables.len; i++)
	{
		MsTable    *t = s->tables.items[i];

		if (t->id >= *nt)
			*nt = t->id + 1;
		for (j = 0; j < t->indexes.len; j++)
			if (((MsIndex *) t->indexes.items[j])->id >= *ni)
				*ni = ((MsIndex *) t->indexes.items[j])->id + 1;
		for (j = 0; j < t->fks.len; j++)
			if (((MsForeignKey *) t->fks.items[j])->id >= *nf)
				*nf = ((MsForeignKey *) t->fks.items[j])->id + 1;
	}
}

/* Whether a column pair keeps its type (and, optionally, arity rules). */
static bool
column_stable(Diff *d, MsTable *pt, const char *pcol, MsTable *nt, const char *ncol,
			  bool arity_rule)
{
	MsColumn   *p = pt ? ms_find_column(pt, pcol) : NULL;
	MsColumn   *n = nt ? ms_find_column(nt, ncol) : NULL;

	if (p == NULL || n == NULL)
		return false;
	if (type_change(p, n) != TC_NONE)
		return false;
	if (arity_rule && !p->not_null && n->not_null)
		return false;
	return true;
}

/* Whether a previous foreign key survives as a next one. */
static bool
fk_matches(Diff *d, MsTable *pt, MsForeignKey *p, MsTable *nt, MsForeignKey *n)
{
	MsTable    *prt,
			   *nrt;
	int			i;

	if (strcmp(p->ref_table, n->ref_table) != 0 || strcmp(p->ref_schema, n->ref_schema) != 0)
		return false;
	if (!names_equal(&p->columns, &n->columns) || !names_equal(&p->ref_columns, &n->ref_columns))
		return false;
	if (strcmp(p->on_delete, n->on_delete) != 0 || strcmp(p->on_update, n->on_update) != 0)
		return false;
	for (i = 0; i < p->columns.len; i++)
		if (!column_stable(d, pt, p->columns.items[i], nt, n->columns.items[i], true))
			return false;
	prt = ms_find_table(d->from, p->ref_schema, p->ref_table);
	nrt = ms_find_table(d->to, n->ref_schema, n->ref_table);
	for (i = 0; i < p->ref_columns.len; i++)
		if (!column_stable(d, prt, p->ref_columns.items[i], nrt, n->ref_columns.items[i], false))
			return false;
	return true;
}

/* Whether two indexes have the same definition (names aside). */
static bool
index_matches(MsIndex *p, MsIndex *n)
{
	int			i;

	if (p->unique != n->unique || !streq(p->algorithm, n->algorithm) ||
		p->columns.len != n->columns.len)
		return false;
	for (i = 0; i < p->columns.len; i++)
	{
		MsIndexColumn *a = p->columns.items[i];
		MsIndexColumn *b = n->columns.items[i];

		if (strcmp(a->column, b->column) != 0 || a->desc != b->desc ||
			!streq(a->opclass, b->opclass))
			return false;
	}
	return true;
}

/* Pair up tables, foreign keys and indexes of the two schemas. */
static void
match_all(Diff *d)
{
	int			nt1,
				ni1,
				nf1,
				nt2,
				ni2,
				nf2;
	int			i,
				j,
				k;

	count_ids(d->from, &nt1, &ni1, &nf1);
	count_ids(d->to, &nt2, &ni2, &nf2);
	d->next_of_table = psl_alloc(d->arena, sizeof(void *) * (nt1 + 1));
	d->prev_of_table = psl_alloc(d->arena, sizeof(void *) * (nt2 + 1));
	d->next_of_ix = psl_alloc(d->arena, sizeof(void *) * (ni1 + 1));
	d->prev_of_ix = psl_alloc(d->arena, sizeof(void *) * (ni2 + 1));
	d->next_of_fk = psl_alloc(d->arena, sizeof(void *) * (nf1 + 1));
	d->prev_of_fk = psl_alloc(d->arena, sizeof(void *) * (nf2 + 1));

	for (i = 0; i < d->from->tables.len; i++)
	{
		MsTable    *pt = d->from->tables.items[i];
		MsTable    *nt = ms_find_table(d->to, pt->schema, pt->name);

		if (nt == NULL)
			continue;
		d->next_of_table[pt->id] = nt;
		d->prev_of_table[nt->id] = pt;
	}
	for (i = 0; i < d->from->tables.len; i++)
	{
		MsTable    *pt = d->from->tables.items[i];
		MsTable    *nt = d->next_of_table[pt->id];

		if (nt == NULL)
			continue;
		for (j = 0; j < pt->fks.len; j++)
		{
			MsForeignKey *p = pt->fks.items[j];

			for (k = 0; k < nt->fks.len; k++)
			{
				MsForeignKey *n = nt->fks.items[k];

				if (d->prev_of_fk[n->id] == NULL && fk_matches(d, pt, p, nt, n))
				{
					d->next_of_fk[p->id] = n;
					d->prev_of_fk[n->id] = p;
					break;
				}
			}
		}
		/* indexes: same name first, then same definition */
		for (j = 0; j < pt->indexes.len; j++)
		{
			MsIndex    *p = pt->indexes.items[j];

			for (k = 0; k < nt->indexes.len; k++)
			{
				MsIndex    *n = nt->indexes.items[k];

				if (d->prev_of_ix[n->id] == NULL && strcmp(p->name, n->name) == 0 &&
					index_matches(p, n))
				{
					d->next_of_ix[p->id] = n;
					d->prev_of_ix[n->id] = p;
					break;
				}
			}
		}
		for (j = 0; j < pt->indexes.len; j++)
		{
			MsIndex    *p = pt->indexes.items[j];

			if (d->next_of_ix[p->id] != NULL)
				continue;
			for (k = 0; k < nt->indexes.len; k++)
			{
				MsIndex    *n = nt->indexes.items[k];

				if (d->prev_of_ix[n->id] == NULL && index_matches(p, n))
				{
					d->next_of_ix[p->id] = n;
					d->prev_of_ix[n->id] = p;
					break;
				}
			}
		}
	}
}

/* Whether a column of a table pair is dropped and recreated. */
static bool
column_recreated(MsTable *pt, MsTable *nt, const char *name)
{
	MsColumn   *p = ms_find_column(pt, name);
	MsColumn   *n = ms_find_column(nt, name);

	return p && n && type_change(p, n) == TC_NOT_CASTABLE;
}

/* ---------------------------------------------------------------------
 * Steps
 * --------------------------------------------------------------------- */

/* Add a schema name to a sorted, unique list. */
static void
add_sorted(PslArena *arena, PslVec *v, const char *s)
{
	int			i,
				j;

	for (i = 0; i < v->len; i++)
	{
		int			c = strcmp(v->items[i], s);

		if (c == 0)
			return;
		if (c > 0)
			break;
	}
	psl_vec_push(arena, v, NULL);
	for (j = v->len - 1; j > i; j--)
		v->items[j] = v->items[j - 1];
	v->items[i] = (void *) s;
}

/* CreateSchema steps. */
static void
diff_schemas(Diff *d, bool from_empty)
{
	PslVec		names = {0};
	int			i,
				j;

	if (from_empty)
	{
		for (i = 0; i < d->to->tables.len; i++)
			add_sorted(d->arena, &names, ((MsTable *) d->to->tables.items[i])->schema);
		for (i = 0; i < d->to->enums.len; i++)
			add_sorted(d->arena, &names, ((MsEnum *) d->to->enums.items[i])->schema);
	}
	else
	{
		for (i = 0; i < d->to->namespaces.len; i++)
		{
			bool		found = false;

			for (j = 0; j < d->from->namespaces.len; j++)
				if (strcmp(d->from->namespaces.items[j], d->to->namespaces.items[i]) == 0)
					found = true;
			/* a schema without a `schemas` list has its default schema */
			if (d->from->namespaces.len == 0 && d->from->default_schema &&
				strcmp(d->from->default_schema, d->to->namespaces.items[i]) == 0)
				found = true;
			if (!found)
				add_sorted(d->arena, &names, d->to->namespaces.items[i]);
		}
	}
	for (i = 0; i < names.len; i++)
		one_step(d, MIGRATE_CREATE_SCHEMA, "CreateSchema", names.items[i], names.items[i],
				 psl_printf(d->arena, "CREATE SCHEMA IF NOT EXISTS %s",
							ms_quote_ident(d->arena, names.items[i])));
}

/*
 * CreateExtension steps: the extensions of the datasource's `extensions`
 * list (postgresqlExtensions) the old schema did not have, as Prisma
 * Migrate creates them.  An extension left out of the list stays.
 */
static void
diff_extensions(Diff *d)
{
	int			i,
				j;

	for (i = 0; i < d->to->extensions.len; i++)
	{
		PslExtension *ext = d->to->extensions.items[i];
		bool		found = false;

		for (j = 0; j < d->from->extensions.len && !found; j++)
			found = strcmp(((PslExtension *) d->from->extensions.items[j])->name, ext->name) == 0;
		if (!found)
			one_step(d, MIGRATE_CREATE_EXTENSION, "CreateExtension", ext->schema, ext->name,
					 psl_printf(d->arena, "CREATE EXTENSION IF NOT EXISTS %s%s%s%s%s",
								ms_quote_ident(d->arena, ext->name),
								ext->schema ? " WITH SCHEMA " : "",
								ext->schema ? ms_quote_ident(d->arena, ext->schema) : "",
								ext->version ? " VERSION " : "",
								ext->version ? ms_quote_ident(d->arena, ext->version) : ""));
	}
}

/* Whether a column has the given enum type. */
static bool
column_of_enum(MsColumn *c, MsEnum *e)
{
	return c->type_kind == MS_TYPE_ENUM && strcmp(c->enum_name, e->name) == 0 &&
		strcmp(c->enum_schema, e->schema) == 0;
}

static bool
has_db_default(MsColumn *c)
{
	return c->default_sql != NULL && c->default_kind != MS_DEFAULT_SEQUENCE;
}

/* The BEGIN ... COMMIT enum rebuild for removed values. */
static void
alter_enum_rebuild(Diff *d, MigrateStep *st, MsEnum *pe, MsEnum *ne)
{
	PslArena   *a = d->arena;
	char	   *newname = psl_printf(a, "%s_new", ne->name);
	char	   *qnew = ms_name(a, d->to, ne->schema, newname);
	PslVec		kept = {0};		/* MsColumn * pairs: prev, next table, next col */
	int			i,
				j;

	psl_vec_push(a, &st->statements, "BEGIN");
	psl_vec_push(a, &st->statements, ms_render_create_enum(a, d->to, ne, newname));
	/* defaults of dropped tables' columns */
	for (i = 0; i < d->from->tables.len; i++)
	{
		MsTable    *pt = d->from->tables.items[i];

		if (d->next_of_table[pt->id] != NULL)
			continue;
		for (j = 0; j < pt->columns.len; j++)
		{
			MsColumn   *c = pt->columns.items[j];

			if (column_of_enum(c, pe) && has_db_default(c))
				psl_vec_push(a, &st->statements,
							 psl_printf(a, "ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT",
										enum_default_table(d, pt), ms_quote_ident(a, c->name)));
		}
	}
	/* per table pair: dropped columns, then kept ones */
	for (i = 0; i < d->from->tables.len; i++)
	{
		MsTable    *pt = d->from->tables.items[i];
		MsTable    *nt = d->next_of_table[pt->id];
		int			pass;

		if (nt == NULL)
			continue;
		/* dropped scalars, dropped lists, kept scalars, kept lists */
		for (pass = 0; pass < 4; pass++)
			for (j = 0; j < pt->columns.len; j++)
			{
				MsColumn   *c = pt->columns.items[j];
				MsColumn   *n = ms_find_column(nt, c->name);

				if ((pass < 2) != (n == NULL) || (pass % 2 == 1) != c->is_list)
					continue;
				if (!column_of_enum(c, pe) || !has_db_default(c))
					continue;
				psl_vec_push(a, &st->statements,
							 psl_printf(a, "ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT",
										enum_default_table(d, pt), ms_quote_ident(a, c->name)));
				if (n != NULL)
				{
					psl_vec_push(a, &kept, nt);
					psl_vec_push(a, &kept, n);
				}
			}
	}
	/* retype the next columns of existing tables */
	for (i = 0; i < d->to->tables.len; i++)
	{
		MsTable    *nt = d->to->tables.items[i];
		MsTable    *pt = d->prev_of_table[nt->id];

		if (pt == NULL)
			continue;
		for (j = 0; j < nt->columns.len; j++)
		{
			MsColumn   *n = nt->columns.items[j];
			MsColumn   *p = ms_find_column(pt, n->name);
			char	   *qc;

			if (!column_of_enum(n, ne) || p == NULL || !column_of_enum(p, pe))
				continue;
			qc = ms_quote_ident(a, n->name);
			psl_vec_push(a, &st->statements,
						 psl_printf(a, "ALTER TABLE %s ALTER COLUMN %s TYPE %s%s USING (%s::text::%s%s)",
									qname(d, nt->schema, nt->name), qc, qnew,
									n->is_list ? "[]" : "", qc, qnew, n->is_list ? "[]" : ""));
		}
	}
	psl_vec_push(a, &st->statements,
				 psl_printf(a, "ALTER TYPE %s RENAME TO %s",
							ms_name(a, d->to, pe->schema, pe->name),
							ms_quote_ident(a, psl_printf(a, "%s_old", pe->name))));
	psl_vec_push(a, &st->statements,
				 psl_printf(a, "ALTER TYPE %s RENAME TO %s", qnew, ms_quote_ident(a, ne->name)));
	psl_vec_push(a, &st->statements,
				 psl_printf(a, "DROP TYPE %s",
							d->from->live ? ms_qualified(a, NULL, pe->schema, psl_printf(a, "%s_old", pe->name))
							: ms_name(a, d->to, pe->schema, psl_printf(a, "%s_old", pe->name))));
	for (i = 0; i < kept.len; i += 2)
	{
		MsTable    *nt = kept.items[i];
		MsColumn   *n = kept.items[i + 1];

		if (!has_db_default(n))
			continue;
		psl_vec_push(a, &st->statements,
					 psl_printf(a, "ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s",
								qname(d, nt->schema, nt->name), ms_quote_ident(a, n->name),
								n->default_sql));
	}
	psl_vec_push(a, &st->statements, "COMMIT");
}

/* CreateEnum and AlterEnum steps. */
static void
diff_enums(Diff *d)
{
	PslArena   *a = d->arena;
	int			i,
				j,
				k;

	for (i = 0; i < d->to->enums.len; i++)
	{
		MsEnum	   *ne = d->to->enums.items[i];

		if (ms_find_enum(d->from, ne->schema, ne->name) == NULL)
			one_step(d, MIGRATE_CREATE_ENUM, "CreateEnum", ne->schema, ne->name,
					 ms_render_create_enum(a, d->to, ne, ne->name));
	}
	for (i = 0; i < d->to->enums.len; i++)
	{
		MsEnum	   *ne = d->to->enums.items[i];
		MsEnum	   *pe = ms_find_enum(d->from, ne->schema, ne->name);
		PslVec		added = {0},
					removed = {0};
		MigrateStep *st;

		if (pe == NULL)
			continue;
		for (j = 0; j < ne->values.len; j++)
		{
			bool		found = false;

			for (k = 0; k < pe->values.len; k++)
				if (strcmp(ne->values.items[j], pe->values.items[k]) == 0)
					found = true;
			if (!found)
				psl_vec_push(a, &added, ne->values.items[j]);
		}
		for (j = 0; j < pe->values.len; j++)
		{
			bool		found = false;

			for (k = 0; k < ne->values.len; k++)
				if (strcmp(pe->values.items[j], ne->values.items[k]) == 0)
					found = true;
			if (!found)
				psl_vec_push(a, &removed, pe->values.items[j]);
		}
		if (added.len == 0 && removed.len == 0)
			continue;
		st = new_step(d, MIGRATE_ALTER_ENUM, "AlterEnum", ne->schema, ne->name);
		if (removed.len > 0)
		{
			PslBuf		b;
			MigrateCheck *c;

			alter_enum_rebuild(d, st, pe, ne);
			psl_buf_init(&b);
			for (j = 0; j < removed.len; j++)
				psl_buf_printf(&b, "%s%s", j ? "," : "", (char *) removed.items[j]);
			c = add_check(d, MIGRATE_CHECK_ENUM_VALUE_REMOVAL, MIGRATE_COUNT_NONE, NULL, NULL);
			c->schema = ne->schema;
			c->table = ne->name;
			c->detail = psl_buf_finish(&b, a);
			continue;
		}
		if (added.len > 1)
			st->comment = "-- This migration adds more than one value to an enum.\n"
				"-- With PostgreSQL versions 11 and earlier, this is not possible\n"
				"-- in a single migration. This can be worked around by creating\n"
				"-- multiple migrations, each migration adding only one value to\n"
				"-- the enum.\n\n\n";
		for (j = 0; j < added.len; j++)
			psl_vec_push(a, &st->statements,
						 psl_printf(a, "ALTER TYPE %s ADD VALUE %s",
									qname(d, ne->schema, ne->name),
									ms_quote_literal(a, added.items[j])));
	}
}

/* DropForeignKey steps. */
static void
diff_drop_fks(Diff *d)
{
	int			i,
				j;

	for (i = 0; i < d->from->tables.len; i++)
	{
		MsTable    *pt = d->from->tables.items[i];

		for (j = 0; j < pt->fks.len; j++)
		{
			MsForeignKey *fk = pt->fks.items[j];

			if (d->next_of_fk[fk->id] != NULL)
				continue;
			one_step(d, MIGRATE_DROP_FOREIGN_KEY, "DropForeignKey", pt->schema, fk->name,
					 psl_printf(d->arena, "ALTER TABLE %s DROP CONSTRAINT %s",
								qname(d, pt->schema, pt->name),
								ms_quote_ident(d->arena, fk->name)));
		}
	}
}

/* DropIndex steps. */
static void
diff_drop_indexes(Diff *d)
{
	int			i,
				j;

	for (i = 0; i < d->from->tables.len; i++)
	{
		MsTable    *pt = d->from->tables.items[i];

		if (d->next_of_table[pt->id] == NULL)
			continue;
		for (j = 0; j < pt->indexes.len; j++)
		{
			MsIndex    *ix = pt->indexes.items[j];

			if (d->next_of_ix[ix->id] != NULL)
				continue;
			one_step(d, MIGRATE_DROP_INDEX, "DropIndex", pt->schema, ix->name,
					 psl_printf(d->arena, "DROP INDEX %s", qname(d, pt->schema, ix->name)));
		}
	}
}

/* Whether the next schema has any autoincrement column. */
static bool
next_has_sequence(Diff *d)
{
	int			i,
				j;

	for (i = 0; i < d->to->tables.len; i++)
	{
		MsTable    *t = d->to->tables.items[i];

		for (j = 0; j < t->columns.len; j++)
			if (((MsColumn *) t->columns.items[j])->autoincrement)
				return true;
	}
	return false;
}

/*
 * The sequence name Prisma uses for a new autoincrement column.  Prisma
 * prints it unquoted (PostgreSQL folds it to the lower case given here);
 * the statements prisma_ext runs quote it, since a mapped table name may
 * hold any character.
 */
static char *
sequence_name(Diff *d, MsTable *t, MsColumn *c)
{
	char	   *s = psl_printf(d->arena, "%s_%s_seq", t->name, c->name);
	char	   *p;

	for (p = s; *p; p++)
		*p = (char) tolower((unsigned char) *p);
	if (d->to->naming == MS_NAMES_QUALIFIED)
		return ms_name(d->arena, d->to, t->schema, s);
	if (strcmp(t->schema, d->to->default_schema) != 0)
		return psl_printf(d->arena, "%s.%s", ms_quote_ident(d->arena, t->schema), s);
	return s;
}

/*
 * For execution: drop the sequence a column that loses autoincrement owns.
 * Its name is PostgreSQL's choice (SERIAL, possibly shortened), so it is
 * looked up when the statement runs.
 */
static char *
drop_owned_sequence(Diff *d, const char *qualified_table, MsColumn *c)
{
	PslArena   *a = d->arena;
	char	   *body = psl_printf(a,
								  "DECLARE s pg_catalog.text := pg_catalog.pg_get_serial_sequence(%s, %s); "
								  "BEGIN IF s IS NOT NULL THEN EXECUTE pg_catalog.format('DROP SEQUENCE %%s', s); END IF; END",
								  ms_quote_literal(a, qualified_table), ms_quote_literal(a, c->name));

	return psl_printf(a, "DO LANGUAGE plpgsql %s", ms_quote_literal(a, body));
}

/* The DEFAULT that draws from sequence seq (a name as sequence_name gives it). */
static char *
sequence_default(Diff *d, const char *seq)
{
	if (d->to->naming == MS_NAMES_QUALIFIED)
		return psl_printf(d->arena, "pg_catalog.nextval(%s::pg_catalog.regclass)",
						  ms_quote_literal(d->arena, seq));
	return psl_printf(d->arena, "nextval('%s')", seq);
}

/* Primary-key columns joined by ", " (ALTER TABLE spelling). */
static char *
pk_list(PslArena *a, PslVec *cols)
{
	PslBuf		b;
	int			k;

	psl_buf_init(&b);
	for (k = 0; k < cols->len; k++)
		psl_buf_printf(&b, "%s%s", k ? ", " : "", ms_quote_ident(a, cols->items[k]));
	return psl_buf_finish(&b, a);
}

/* The AlterTable step of one table pair (nothing if unchanged). */
static void
diff_alter_table(Diff *d, MsTable *pt, MsTable *nt)
{
	PslArena   *a = d->arena;
	PslVec		before = {0},
				clauses = {0},
				after = {0};
	bool		pk_changed;
	int			i;
	char	   *qt = qname(d, nt->schema, nt->name);
	bool		drop_sequence = false;

	pk_changed = (pt->pk_name == NULL) != (nt->pk_name == NULL) ||
		(pt->pk_name && !names_equal(&pt->pk_columns, &nt->pk_columns));
	if (!pk_changed && nt->pk_name)
		for (i = 0; i < nt->pk_columns.len; i++)
		{
			MsColumn   *p = ms_find_column(pt, nt->pk_columns.items[i]);
			MsColumn   *n = ms_find_column(nt, nt->pk_columns.items[i]);

			if (p && n && type_change(p, n) != TC_NONE)
				pk_changed = true;
		}
	if (pk_changed && pt->pk_name)
	{
		psl_vec_push(a, &clauses, psl_printf(a, "DROP CONSTRAINT %s", ms_quote_ident(a, pt->pk_name)));
		add_check(d, MIGRATE_CHECK_PRIMARY_KEY_CHANGE, MIGRATE_COUNT_ROWS, pt, NULL);
	}
	/* dropped columns */
	for (i = 0; i < pt->columns.len; i++)
	{
		MsColumn   *p = pt->columns.items[i];

		if (ms_find_column(nt, p->name) != NULL)
			continue;
		psl_vec_push(a, &clauses, psl_printf(a, "DROP COLUMN %s", ms_quote_ident(a, p->name)));
		add_check(d, MIGRATE_CHECK_COLUMN_DROP, MIGRATE_COUNT_NON_NULL, pt, p->name);
	}
	/* added columns */
	for (i = 0; i < nt->columns.len; i++)
	{
		MsColumn   *n = nt->columns.items[i];

		if (ms_find_column(pt, n->name) != NULL)
			continue;
		psl_vec_push(a, &clauses, psl_printf(a, "ADD COLUMN     %s", ms_render_column(a, n)));
		if (n->not_null && !n->is_list && !has_db_default(n) && !n->autoincrement)
			add_check(d, n->prisma_default ? MIGRATE_CHECK_ADD_REQUIRED_PRISMA_DEFAULT :
					  MIGRATE_CHECK_ADD_REQUIRED_COLUMN, MIGRATE_COUNT_ROWS, nt, n->name);
	}
	/* altered columns */
	for (i = 0; i < pt->columns.len; i++)
	{
		MsColumn   *p = pt->columns.items[i];
		MsColumn   *n = ms_find_column(nt, p->name);
		ColChange	c;
		char	   *qc;

		if (n == NULL)
			continue;
		c = column_change(p, n);
		if (!column_changed(c))
			continue;
		qc = ms_quote_ident(a, n->name);
		if (c.type == TC_NOT_CASTABLE)
		{
			psl_vec_push(a, &clauses, psl_printf(a, "DROP COLUMN %s", qc));
			psl_vec_push(a, &clauses, psl_printf(a, "ADD COLUMN     %s", ms_render_column(a, n)));
			if (n->not_null && !n->is_list && !has_db_default(n) && !n->autoincrement)
			{
				if (!p->not_null)
					add_check(d, MIGRATE_CHECK_ADD_REQUIRED_COLUMN, MIGRATE_COUNT_ROWS, nt, n->name);
				else
					add_check(d, MIGRATE_CHECK_DROP_RECREATE_REQUIRED, MIGRATE_COUNT_ROWS, nt, n->name);
			}
			else
				add_check(d, MIGRATE_CHECK_DROP_RECREATE_COLUMN, MIGRATE_COUNT_NON_NULL, pt, p->name);
			continue;
		}
		if (c.arity)
		{
			bool		req = n->not_null && !n->is_list;

			psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s %s NOT NULL", qc,
												 req ? "SET" : "DROP"));
			if (req)
				add_check(d, MIGRATE_CHECK_MADE_REQUIRED, MIGRATE_COUNT_NULL, pt, p->name);
		}
		if (c.deflt && !c.autoinc_added && !c.autoinc_removed)
		{
			if (has_db_default(n))
				psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s SET DEFAULT %s", qc,
													 n->default_sql));
			else
				psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s DROP DEFAULT", qc));
		}
		if (c.autoinc_removed)
		{
			if (has_db_default(n))
				psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s SET DEFAULT %s", qc,
													 n->default_sql));
			else
				psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s DROP DEFAULT", qc));
			drop_sequence = true;
			if (d->to->naming == MS_NAMES_QUALIFIED)
				psl_vec_push(a, &after, drop_owned_sequence(d, qt, n));
		}
		if (c.autoinc_added)
		{
			char	   *seq = sequence_name(d, nt, n);

			psl_vec_push(a, &before, psl_printf(a, "CREATE SEQUENCE %s", seq));
			psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s SET DEFAULT %s",
												 qc, sequence_default(d, seq)));
			psl_vec_push(a, &after, psl_printf(a, "ALTER SEQUENCE %s OWNED BY %s.%s", seq, qt, qc));
		}
		if (c.type == TC_SAFE || c.type == TC_RISKY)
		{
			psl_vec_push(a, &clauses, psl_printf(a, "ALTER COLUMN %s SET DATA TYPE %s", qc,
												 n->plain_type_sql));
			if (c.type == TC_RISKY)
			{
				MigrateCheck *ck = add_check(d, MIGRATE_CHECK_RISKY_CAST, MIGRATE_COUNT_NON_NULL,
											 pt, p->name);

				ck->prev_type = type_display(a, p);
				ck->next_type = type_display(a, n);
			}
		}
	}
	if (pk_changed && nt->pk_name)
		psl_vec_push(a, &clauses, psl_printf(a, "ADD CONSTRAINT %s PRIMARY KEY (%s)",
											 ms_quote_ident(a, nt->pk_name),
											 pk_list(a, &nt->pk_columns)));
	if (!pk_changed && pt->pk_name && nt->pk_name && strcmp(pt->pk_name, nt->pk_name) != 0)
		psl_vec_push(a, &after, psl_printf(a, "ALTER TABLE %s RENAME CONSTRAINT %s TO %s", qt,
										   ms_quote_ident(a, pt->pk_name),
										   ms_quote_ident(a, nt->pk_name)));
	/* Prisma's own script names no sequence here (its DROP fails as printed) */
	if (drop_sequence && !next_has_sequence(d) && d->to->naming == MS_NAMES_PRISMA)
		psl_vec_push(a, &after, "DROP SEQUENCE \"\"");
	if (clauses.len == 0 && after.len == 0 && before.len == 0)
		return;
	{
		MigrateStep *st = new_step(d, MIGRATE_ALTER_TABLE, "AlterTable", nt->schema, nt->name);

		for (i = 0; i < before.len; i++)
			psl_vec_push(a, &st->statements, before.items[i]);
		if (clauses.len > 0)
		{
			PslBuf		b;

			psl_buf_init(&b);
			psl_buf_printf(&b, "ALTER TABLE %s ", qt);
			for (i = 0; i < clauses.len; i++)
				psl_buf_printf(&b, "%s%s", i ? ",\n" : "", (char *) clauses.items[i]);
			psl_vec_push(a, &st->statements, psl_buf_finish(&b, a));
		}
		for (i = 0; i < after.len; i++)
			psl_vec_push(a, &st->statements, after.items[i]);
	}
}

/* CreateIndex steps of one table (new table: all; pair: created/recreated). */
static void
create_indexes(Diff *d, MsTable *pt, MsTable *nt)
{
	int			i,
				j;

	for (i = 0; i < nt->indexes.len; i++)
	{
		MsIndex    *ix = nt->indexes.items[i];
		MsIndex    *prev = pt ? d->prev_of_ix[ix->id] : NULL;
		bool		recreate = false;

		if (pt && prev)
			for (j = 0; j < ix->columns.len; j++)
				if (column_recreated(pt, nt, ((MsIndexColumn *) ix->columns.items[j])->column))
					recreate = true;
		if (pt && prev && !recreate)
			continue;
		one_step(d, MIGRATE_CREATE_INDEX, "CreateIndex", nt->schema, ix->name,
				 ms_render_create_index(d->arena, d->to, nt, ix));
		if (pt && !prev && ix->unique)
		{
			PslBuf		b;
			MigrateCheck *c;

			psl_buf_init(&b);
			for (j = 0; j < ix->columns.len; j++)
				psl_buf_printf(&b, "%s%s", j ? "," : "",
							   ((MsIndexColumn *) ix->columns.items[j])->column);
			c = add_check(d, MIGRATE_CHECK_UNIQUE_ADDITION, MIGRATE_COUNT_NONE, nt, NULL);
			c->detail = psl_buf_finish(&b, d->arena);
		}
	}
}

/* Diff two SQL schema models into ordered steps. */
PslVec
migrate_diff_models(PslArena *arena, MsSchema *from, MsSchema *to, bool from_empty,
					MigrateWarnings *warnings)
{
	Diff		d = {0};
	int			i,
				j;

	d.arena = arena;
	d.from = from;
	d.to = to;
	d.w = warnings;
	match_all(&d);

	diff_schemas(&d, from_empty);
	diff_extensions(&d);
	diff_enums(&d);
	diff_drop_fks(&d);
	diff_drop_indexes(&d);
	for (i = 0; i < from->tables.len; i++)
	{
		MsTable    *pt = from->tables.items[i];

		if (d.next_of_table[pt->id])
			diff_alter_table(&d, pt, d.next_of_table[pt->id]);
	}
	for (i = 0; i < from->tables.len; i++)
	{
		MsTable    *pt = from->tables.items[i];

		if (d.next_of_table[pt->id])
			continue;
		one_step(&d, MIGRATE_DROP_TABLE, "DropTable", pt->schema, pt->name,
				 psl_printf(arena, "DROP TABLE %s", qname(&d, pt->schema, pt->name)));
		add_check(&d, MIGRATE_CHECK_TABLE_DROP, MIGRATE_COUNT_ROWS, pt, NULL);
	}
	for (i = 0; i < from->enums.len; i++)
	{
		MsEnum	   *pe = from->enums.items[i];

		if (ms_find_enum(to, pe->schema, pe->name) == NULL)
			one_step(&d, MIGRATE_DROP_ENUM, "DropEnum", pe->schema, pe->name,
					 psl_printf(arena, "DROP TYPE %s", qname(&d, pe->schema, pe->name)));
	}
	for (i = 0; i < to->tables.len; i++)
	{
		MsTable    *nt = to->tables.items[i];

		if (d.prev_of_table[nt->id] == NULL)
			one_step(&d, MIGRATE_CREATE_TABLE, "CreateTable", nt->schema, nt->name,
					 ms_render_create_table(arena, to, nt));
	}
	for (i = 0; i < to->tables.len; i++)
	{
		MsTable    *nt = to->tables.items[i];

		if (d.prev_of_table[nt->id] == NULL)
			create_indexes(&d, NULL, nt);
	}
	for (i = 0; i < from->tables.len; i++)
	{
		MsTable    *pt = from->tables.items[i];

		if (d.next_of_table[pt->id])
			create_indexes(&d, pt, d.next_of_table[pt->id]);
	}
	/* RenameForeignKey */
	for (i = 0; i < from->tables.len; i++)
	{
		MsTable    *pt = from->tables.items[i];
		MsTable    *nt = d.next_of_table[pt->id];

		if (nt == NULL)
			continue;
		for (j = 0; j < pt->fks.len; j++)
		{
			MsForeignKey *p = pt->fks.items[j];
			MsForeignKey *n = d.next_of_fk[p->id];

			if (n && !p->implicit && strcmp(p->name, n->name) != 0)
				one_step(&d, MIGRATE_RENAME_FOREIGN_KEY, "RenameForeignKey", nt->schema, n->name,
						 psl_printf(arena, "ALTER TABLE %s RENAME CONSTRAINT %s TO %s",
									qname(&d, nt->schema, nt->name),
									ms_quote_ident(arena, p->name),
									ms_quote_ident(arena, n->name)));
		}
	}
	/* AddForeignKey */
	for (i = 0; i < to->tables.len; i++)
	{
		MsTable    *nt = to->tables.items[i];

		for (j = 0; j < nt->fks.len; j++)
		{
			MsForeignKey *n = nt->fks.items[j];

			if (d.prev_of_fk[n->id] == NULL)
				one_step(&d, MIGRATE_ADD_FOREIGN_KEY, "AddForeignKey", nt->schema, n->name,
						 ms_render_add_fk(arena, to, nt, n));
		}
	}
	/* RenameIndex */
	for (i = 0; i < from->tables.len; i++)
	{
		MsTable    *pt = from->tables.items[i];
		MsTable    *nt = d.next_of_table[pt->id];

		if (nt == NULL)
			continue;
		for (j = 0; j < pt->indexes.len; j++)
		{
			MsIndex    *p = pt->indexes.items[j];
			MsIndex    *n = d.next_of_ix[p->id];

			if (n && strcmp(p->name, n->name) != 0)
				one_step(&d, MIGRATE_RENAME_INDEX, "RenameIndex", nt->schema, n->name,
						 psl_printf(arena, "ALTER INDEX %s RENAME TO %s",
									qname(&d, pt->schema, p->name),
									ms_quote_ident(arena, n->name)));
		}
	}
	return d.steps;
}

/* Diff two PSL schemas (from NULL = empty) into ordered steps. */
PslVec
migrate_diff_steps(PslArena *arena, PslSchema *from, PslSchema *to,
				   MsNaming naming, MigrateWarnings *warnings)
{
	return migrate_diff_steps_live(arena, from, false, to, naming, warnings);
}

/* The same, with from introspected from a live database when from_live. */
PslVec
migrate_diff_steps_live(PslArena *arena, PslSchema *from, bool from_live, PslSchema *to,
						MsNaming naming, MigrateWarnings *warnings)
{
	MsSchema   *ms_from = migrate_sql_schema(arena, from, naming);
	MsSchema   *ms_to = migrate_sql_schema(arena, to, naming);

	ms_from->live = from_live;
	return migrate_diff_models(arena, ms_from, ms_to, from == NULL, warnings);
}

/* The full `migrate diff --script` text between two schemas. */
char *
migrate_diff_sql(PslArena *arena, PslSchema *from, PslSchema *to,
				 MigrateWarnings *warnings)
{
	PslVec		steps;

	memset(warnings, 0, sizeof(MigrateWarnings));
	steps = migrate_diff_steps(arena, from, to, MS_NAMES_PRISMA, warnings);
	return migrate_render_script(arena, &steps);
}
