/*
 * psl_attributes.c
 *		Field, block and enum attributes: @id, @unique, @default, @map,
 *		@updatedAt, @ignore, @db.*, @@id, @@unique, @@index, @@map, @@schema,
 *		@@ignore; default values; native types; constraint names.
 *
 * Argument shapes and literal/type agreement are checked in phase 2;
 * literal parsing, native types, unique criteria and constraint-name
 * collisions in phase 4 (v_phase4_model, v_phase4_constraint_names).
 */
#include "psl_validate_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------
 * Native types of the PostgreSQL connector
 * ---------------------------------------------------------------------
 */
typedef struct NativeTypeDef
{
	const char *name;
	PslScalarType scalar;
	int			max_args;
} NativeTypeDef;

static const NativeTypeDef native_types[] = {
	{"VarChar", PSL_TYPE_STRING, 1}, {"Char", PSL_TYPE_STRING, 1}, {"Text", PSL_TYPE_STRING, 0},
	{"Uuid", PSL_TYPE_STRING, 0}, {"Xml", PSL_TYPE_STRING, 0}, {"Inet", PSL_TYPE_STRING, 0},
	{"Citext", PSL_TYPE_STRING, 0}, {"Bit", PSL_TYPE_STRING, 1}, {"VarBit", PSL_TYPE_STRING, 1},
	{"SmallInt", PSL_TYPE_INT, 0}, {"Integer", PSL_TYPE_INT, 0}, {"Oid", PSL_TYPE_INT, 0},
	{"BigInt", PSL_TYPE_BIGINT, 0}, {"Real", PSL_TYPE_FLOAT, 0},
	{"DoublePrecision", PSL_TYPE_FLOAT, 0}, {"Decimal", PSL_TYPE_DECIMAL, 2},
	{"Money", PSL_TYPE_DECIMAL, 0}, {"Timestamp", PSL_TYPE_DATETIME, 1},
	{"Timestamptz", PSL_TYPE_DATETIME, 1}, {"Date", PSL_TYPE_DATETIME, 0},
	{"Time", PSL_TYPE_DATETIME, 1}, {"Timetz", PSL_TYPE_DATETIME, 1},
	{"Boolean", PSL_TYPE_BOOLEAN, 0}, {"Json", PSL_TYPE_JSON, 0}, {"JsonB", PSL_TYPE_JSON, 0},
	{"ByteA", PSL_TYPE_BYTES, 0}, {NULL, PSL_TYPE_NONE, 0}
};

static const NativeTypeDef *
find_native_type(const char *name)
{
	int			i;

	for (i = 0; native_types[i].name; i++)
		if (strcmp(native_types[i].name, name) == 0)
			return &native_types[i];
	return NULL;
}

/* Attribute sort rank used by the formatter and for duplicate detection. */
static bool
is_repeatable(const char *name)
{
	return strcmp(name, "index") == 0 || strcmp(name, "unique") == 0 ||
		strcmp(name, "fulltext") == 0;
}

/* ---------------------------------------------------------------------
 * Generic argument checking
 * ---------------------------------------------------------------------
 */

/*
 * Check an attribute's arguments: each named one must be in allowed (NULL
 * terminated), at most one positional (taken as `positional`), and the
 * positional/required one present.  Returns false on an error.
 */
bool
v_check_args(Validator *v, PslAttribute *attr, const char *prefix,
			 const char *const *allowed, const char *positional,
			 bool positional_required)
{
	int			i,
				j,
				unnamed = 0;
	bool		ok = true;
	bool		has_positional = false;

	for (i = 0; i < attr->args.len; i++)
	{
		PslArgument *a = attr->args.items[i];

		if (a->name == NULL)
		{
			unnamed++;
			has_positional = true;
			continue;
		}
		if (positional && strcmp(a->name, positional) == 0)
		{
			has_positional = true;
			continue;
		}
		for (j = 0; allowed && allowed[j]; j++)
			if (strcmp(allowed[j], a->name) == 0)
				break;
		if (!allowed || !allowed[j])
		{
			psl_error(v->diags, a->span, "No such argument.");
			ok = false;
		}
	}
	if (unnamed > 1)
	{
		PslBuf		buf;
		int			n = 0;

		psl_buf_init(&buf);
		psl_buf_putc(&buf, '[');
		for (i = 0; i < attr->args.len; i++)
		{
			PslArgument *a = attr->args.items[i];

			if (a->name || a->value == NULL)
				continue;
			if (n++)
				psl_buf_puts(&buf, ", ");
			psl_buf_puts(&buf, v_expr_text(v, a->value));
		}
		psl_buf_putc(&buf, ']');
		psl_error(v->diags, attr->span,
				  "Error parsing attribute \"%s\": You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `%s`?",
				  prefix, buf.data);
		psl_buf_free(&buf);
		ok = false;
	}
	else if (positional && positional_required && !has_positional)
	{
		psl_error(v->diags, attr->span, "Argument \"%s\" is missing.", positional);
		ok = false;
	}
	if (unnamed == 0 && positional == NULL && attr->args.len > 0)
	{
		/* an attribute without a positional argument got one */
	}
	return ok;
}

/* A string-valued argument, reporting other kinds; NULL when invalid. */
char *
v_string_arg(Validator *v, PslArgument *arg)
{
	if (arg == NULL || arg->value == NULL)
		return NULL;
	if (arg->value->kind != PSL_EXPR_STRING)
	{
		psl_error(v->diags, arg->value->span, "Expected a string value, but received %s value `%s`.",
				  v_expr_kind_word(arg->value), v_expr_text(v, arg->value));
		return NULL;
	}
	return arg->value->value;
}

/* The name of an @map / @@map attribute (shown as `at`), or NULL when invalid. */
static char *
v_map_name(Validator *v, PslAttribute *a, const char *at)
{
	if (!v_check_args(v, a, at, NULL, "name", true))
		return NULL;
	return v_string_arg(v, psl_attribute_arg(a, "name", true));
}

/* Report duplicated non-repeatable attributes in a list. */
static void
check_duplicates(Validator *v, PslVec *attrs, const char *at)
{
	int			i,
				j;

	for (i = 0; i < attrs->len; i++)
	{
		PslAttribute *a = attrs->items[i];
		bool		is_native = strncmp(a->name, "db.", 3) == 0;
		const char *an = is_native ? "db" : a->name;

		if (is_repeatable(a->name) && strcmp(at, "@@") == 0)
			continue;
		for (j = 0; j < attrs->len; j++)
		{
			PslAttribute *b = attrs->items[j];
			const char *bn = strncmp(b->name, "db.", 3) == 0 ? "db" : b->name;

			/* a second native type is reported alone, other duplicates in pairs */
			if (i != j && strcmp(an, bn) == 0 && (!is_native || j < i))
			{
				psl_error(v->diags, a->span, "Attribute \"%s%s\" can only be defined once.", at, an);
				break;
			}
		}
	}
}

/* ---------------------------------------------------------------------
 * @default
 * ---------------------------------------------------------------------
 */

static void
default_error(Validator *v, PslSpan span, const char *fmt, const char *a, const char *b)
{
	PslBuf		buf;

	psl_buf_init(&buf);
	psl_buf_puts(&buf, "Error parsing attribute \"@default\": ");
	psl_buf_printf(&buf, fmt, a, b);
	psl_error(v->diags, span, "%s", buf.data);
	psl_buf_free(&buf);
}

/* Type name as Prisma prints it in default errors. */
static const char *
field_type_word(PslField *f)
{
	if (f->kind == PSL_FIELD_SCALAR)
		return psl_scalar_type_name(f->scalar);
	return f->type_name ? f->type_name : "";
}

/* An integer argument of uuid()/cuid()/nanoid(); -1 when absent, -2 when not a number. */
static int
int_func_arg(PslExpr *fn)
{
	PslArgument *a;

	if (fn->args.len == 0)
		return -1;
	a = fn->args.items[0];
	if (a->value == NULL || a->value->kind != PSL_EXPR_NUMBER || strchr(a->value->value, '.'))
		return -2;
	return atoi(a->value->value);
}

/* Check one literal default element against the field's scalar/enum type. */
static bool
check_default_literal(Validator *v, PslField *f, PslAttribute *attr, PslExpr *e)
{
	if (f->kind == PSL_FIELD_ENUM)
	{
		int			i;

		if (e->kind != PSL_EXPR_CONSTANT)
		{
			default_error(v, attr->span, "Expected an enum value, but found `%s`.%s",
						  v_expr_text(v, e), "");
			return false;
		}
		if (f->enum_type)
			for (i = 0; i < f->enum_type->values.len; i++)
				if (strcmp(((PslEnumValue *) f->enum_type->values.items[i])->name, e->value) == 0)
					return true;
		default_error(v, attr->span,
					  "The defined default value `%s` is not a valid value of the enum specified for the field.%s",
					  e->value, "");
		return false;
	}
	switch (f->scalar)
	{
		case PSL_TYPE_STRING:
		case PSL_TYPE_DATETIME:
		case PSL_TYPE_JSON:
		case PSL_TYPE_BYTES:
			if (e->kind == PSL_EXPR_STRING)
				return true;
			break;
		case PSL_TYPE_INT:
		case PSL_TYPE_BIGINT:
		case PSL_TYPE_FLOAT:
			if (e->kind == PSL_EXPR_NUMBER)
				return true;
			break;
		case PSL_TYPE_DECIMAL:
			if (e->kind == PSL_EXPR_NUMBER || e->kind == PSL_EXPR_STRING)
				return true;
			break;
		case PSL_TYPE_BOOLEAN:
			if (e->kind == PSL_EXPR_CONSTANT)
			{
				if (strcmp(e->value, "true") == 0 || strcmp(e->value, "false") == 0)
					return true;
				default_error(v, e->span, "A boolean literal must be `true` or `false`.%s%s", "", "");
				return false;
			}
			break;
		default:
			break;
	}
	default_error(v, attr->span, "Expected a %s value, but found `%s`.", field_type_word(f),
				  v_expr_text(v, e));
	return false;
}

/* Decode @default(...) of a scalar or enum field into field->default_value. */
static void
parse_default(Validator *v, PslField *f, PslAttribute *attr)
{
	static const char *const allowed[] = {"map", NULL};
	PslArgument *arg;
	PslExpr    *e;
	PslDefault *d = &f->default_value;

	if (!v_check_args(v, attr, "@default", allowed, "value", true))
		return;
	arg = psl_attribute_arg(attr, "value", true);
	if (arg == NULL || arg->value == NULL)
		return;
	e = arg->value;
	d->span = attr->span;
	if (f->kind == PSL_FIELD_RELATION)
	{
		default_error(v, attr->span, "Cannot set a default value on a relation field.%s%s", "", "");
		return;
	}
	if (f->kind == PSL_FIELD_UNSUPPORTED)
	{
		/* anything but dbgenerated() is reported by v_check_unsupported_defaults */
		if (e->kind == PSL_EXPR_FUNCTION && strcmp(e->value, "dbgenerated") == 0)
			goto function;
		return;
	}
	if (e->kind == PSL_EXPR_FUNCTION)
		goto function;

	if (f->arity == PSL_LIST)
	{
		int			i;

		if (e->kind != PSL_EXPR_ARRAY)
		{
			default_error(v, attr->span, "The default value of a list field must be a list.%s%s", "", "");
			return;
		}
		for (i = 0; i < e->items.len; i++)
			if (!check_default_literal(v, f, attr, e->items.items[i]))
				return;
	}
	else
	{
		if (e->kind == PSL_EXPR_ARRAY)
		{
			default_error(v, attr->span, "The default value of a non-list field cannot be a list.%s%s",
						  "", "");
			return;
		}
		if (!check_default_literal(v, f, attr, e))
			return;
	}
	d->kind = PSL_DEFAULT_VALUE;
	d->value = e;
	return;

function:
	{
		const char *fn = e->value;
		const char *tw = field_type_word(f);
		int			n;

		if (strcmp(fn, "autoincrement") == 0)
		{
			if (e->args.len > 0)
				default_error(v, attr->span,
							  "The `autoincrement` function does not take any argument. Consider changing this default to `autoincrement()`.%s%s",
							  "", "");
			else if (f->kind != PSL_FIELD_SCALAR || (f->scalar != PSL_TYPE_INT && f->scalar != PSL_TYPE_BIGINT))
				default_error(v, attr->span,
							  "The function `autoincrement()` cannot be used on fields of type `%s`.%s",
							  tw, "");
			else
				d->kind = PSL_DEFAULT_AUTOINCREMENT;
		}
		else if (strcmp(fn, "now") == 0)
		{
			if (e->args.len > 0)
				default_error(v, attr->span,
							  "The `now` function does not take any argument. Consider changing this default to `now()`.%s%s",
							  "", "");
			else if (f->kind != PSL_FIELD_SCALAR || f->scalar != PSL_TYPE_DATETIME)
				default_error(v, attr->span,
							  "The function `now()` cannot be used on fields of type `%s`.%s", tw, "");
			else
				d->kind = PSL_DEFAULT_NOW;
		}
		else if (strcmp(fn, "uuid") == 0 || strcmp(fn, "cuid") == 0)
		{
			bool		is_uuid = fn[0] == 'u';

			n = int_func_arg(e);
			if (f->kind != PSL_FIELD_SCALAR || f->scalar != PSL_TYPE_STRING)
				default_error(v, attr->span,
							  "The function `%s()` cannot be used on fields of type `%s`.", fn, tw);
			else if (n == -2)
				default_error(v, attr->span, "`%s()` takes a single Int argument.%s", fn, "");
			else if (n != -1 && (is_uuid ? (n != 4 && n != 7) : (n != 1 && n != 2)))
				default_error(v, attr->span,
							  is_uuid ? "`%s()` takes either no argument, or a single integer argument which is either 4 or 7.%s" :
							  "`%s()` takes either no argument, or a single integer argument which is either 1 or 2.%s",
							  fn, "");
			else
			{
				d->kind = is_uuid ? PSL_DEFAULT_UUID : PSL_DEFAULT_CUID;
				d->version = n == -1 ? (is_uuid ? 4 : 1) : n;
			}
		}
		else if (strcmp(fn, "nanoid") == 0)
		{
			n = int_func_arg(e);
			if (f->kind != PSL_FIELD_SCALAR || f->scalar != PSL_TYPE_STRING)
				default_error(v, attr->span,
							  "The function `%s()` cannot be used on fields of type `%s`.", fn, tw);
			else if (n == -2)
				default_error(v, attr->span, "`%s()` takes a single Int argument.%s", fn, "");
			else if (n != -1 && (n < 2 || n > 255))
				default_error(v, attr->span,
							  "`%s()` takes either no argument, or a single integer argument between 2 and 255.%s",
							  fn, "");
			else
			{
				d->kind = PSL_DEFAULT_NANOID;
				d->length = n == -1 ? 0 : n;
			}
		}
		else if (strcmp(fn, "ulid") == 0)
		{
			if (f->kind != PSL_FIELD_SCALAR || f->scalar != PSL_TYPE_STRING)
				default_error(v, attr->span,
							  "The function `%s()` cannot be used on fields of type `%s`.", fn, tw);
			else
				d->kind = PSL_DEFAULT_ULID;
		}
		else if (strcmp(fn, "dbgenerated") == 0)
		{
			PslArgument *a = e->args.len > 0 ? e->args.items[0] : NULL;

			if (a && (a->value == NULL || a->value->kind != PSL_EXPR_STRING))
				default_error(v, attr->span, "`dbgenerated()` takes a single String argument%s%s", "", "");
			else if (a && a->value->value[0] == '\0')
				default_error(v, attr->span,
							  "dbgenerated() takes either no argument, or a single nonempty string argument.%s%s",
							  "", "");
			else
			{
				d->kind = PSL_DEFAULT_DBGENERATED;
				d->sql = a ? a->value->value : NULL;
			}
		}
		else
		{
			/* unknown functions are reported in phase 4 */
			d->kind = PSL_DEFAULT_VALUE;
			d->value = e;
		}
	}
}

/*
 * Unsupported fields take only @default(dbgenerated(...)).  Prisma reports
 * this after the other attribute errors of all models.
 */
void
v_check_unsupported_defaults(Validator *v)
{
	int			i,
				j,
				k;

	for (i = 0; i < v->schema->models.len; i++)
	{
		PslModel   *m = v->schema->models.items[i];

		for (j = 0; j < m->fields.len; j++)
		{
			PslField   *f = m->fields.items[j];

			if (f->kind != PSL_FIELD_UNSUPPORTED || f->unsupported == NULL)
				continue;
			for (k = 0; k < f->ast->attributes.len; k++)
			{
				PslAttribute *a = f->ast->attributes.items[k];
				PslArgument *arg = psl_attribute_arg(a, "value", true);

				if (strcmp(a->name, "default") != 0 || arg == NULL || arg->value == NULL)
					continue;
				if (arg->value->kind == PSL_EXPR_FUNCTION && strcmp(arg->value->value, "dbgenerated") == 0)
					continue;
				default_error(v, a->span,
							  "Only @default(dbgenerated(\"...\")) can be used for Unsupported types.%s%s",
							  "", "");
			}
		}
	}
}

/* ---------------------------------------------------------------------
 * Field attributes
 * ---------------------------------------------------------------------
 */

/* @id / @unique arguments: map, sort, length, clustered. */
static PslIndex *
field_index(Validator *v, PslModel *m, PslField *f, PslAttribute *a, PslIndexKind kind)
{
	static const char *const allowed[] = {"map", "sort", "length", "clustered", NULL};
	PslIndex   *idx = psl_alloc(v->arena, sizeof(PslIndex));
	PslIndexField *ifld = psl_alloc(v->arena, sizeof(PslIndexField));
	PslArgument *arg;
	const char *what = kind == PSL_INDEX_PRIMARY ? "@id" : "@unique";

	(void) v_check_args(v, a, what, allowed, NULL, false);
	idx->kind = kind;
	idx->field_level = true;
	idx->ast = a;
	ifld->field = f;
	if ((arg = psl_attribute_arg(a, "map", false)) != NULL)
		idx->db_name = v_string_arg(v, arg);
	if ((arg = psl_attribute_arg(a, "sort", false)) != NULL && arg->value &&
		arg->value->kind == PSL_EXPR_CONSTANT)
		ifld->sort = strcmp(arg->value->value, "Desc") == 0 ? PSL_SORT_DESC : PSL_SORT_ASC;
	if ((arg = psl_attribute_arg(a, "clustered", false)) != NULL)
		psl_error(v->diags, a->span,
				  "Error parsing attribute \"%s\": Defining clustering is not supported in the current connector.",
				  what);
	if (psl_attribute_arg(a, "length", false) != NULL)
		psl_error(v->diags, a->span,
				  "Error parsing attribute \"%s\": The length argument is not supported in an index definition with the current connector",
				  what);
	psl_vec_push(v->arena, &idx->fields, ifld);
	return idx;
}

void
v_field_attributes(Validator *v, PslModel *m, PslField *f)
{
	PslFieldAst *fa = f->ast;
	int			i;
	size_t		dslen = strlen(v->ds_name);

	for (i = 0; i < fa->attributes.len; i++)
	{
		PslAttribute *a = fa->attributes.items[i];
		const char *n = a->name;

		if (strcmp(n, "id") == 0)
		{
			PslIndex   *idx = field_index(v, m, f, a, PSL_INDEX_PRIMARY);

			if (!f->is_id)
				((ModelAttrs *) v->model_attrs.items[psl_vec_index(&v->schema->models, m)])->field_ids++;
			f->is_id = true;
			if (f->arity != PSL_REQUIRED)
				psl_error(v->diags, a->span,
						  "Error parsing attribute \"@id\": Fields that are marked as id must be required.");
			if (m->primary_key == NULL)
				m->primary_key = idx;
		}
		else if (strcmp(n, "unique") == 0)
		{
			PslIndex   *idx = field_index(v, m, f, a, PSL_INDEX_UNIQUE);

			f->is_unique = true;
			psl_vec_push(v->arena, &m->indexes, idx);
		}
		else if (strcmp(n, "default") == 0)
			parse_default(v, f, a);
		else if (strcmp(n, "map") == 0)
		{
			char	   *s;

			if ((s = v_map_name(v, a, "@map")) != NULL)
				f->db_name = s;
		}
		else if (strcmp(n, "updatedAt") == 0)
		{
			(void) v_check_args(v, a, "@updatedAt", NULL, NULL, false);
			if (f->kind != PSL_FIELD_SCALAR || f->scalar != PSL_TYPE_DATETIME)
				psl_error(v->diags, a->span,
						  "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt must be of type DateTime.");
			else if (f->arity == PSL_LIST)
				psl_error(v->diags, a->span,
						  "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt cannot be lists.");
			else
				f->updated_at = true;
		}
		else if (strcmp(n, "ignore") == 0)
		{
			(void) v_check_args(v, a, "@ignore", NULL, NULL, false);
			f->ignored = true;
		}
		else if (strcmp(n, "relation") == 0)
			v_relation_arguments(v, m, f, a);
		else if (strncmp(n, v->ds_name, dslen) == 0 && n[dslen] == '.' &&
				 (f->kind == PSL_FIELD_SCALAR))
		{
			PslNativeType *nt = psl_alloc(v->arena, sizeof(PslNativeType));

			nt->name = psl_strdup(v->arena, n + dslen + 1);
			f->native_type = nt;
		}
		else if (strchr(n, '.') && f->kind == PSL_FIELD_SCALAR &&
				 find_native_type(strchr(n, '.') + 1))
			psl_error(v->diags, a->span,
					  "The prefix %.*s is invalid. It must be equal to the name of an existing datasource e.g. %s. Did you mean to use %s.%s?",
					  (int) (strchr(n, '.') - n), n, v->ds_name, v->ds_name, strchr(n, '.') + 1);
		else if (strcmp(n, "shardKey") == 0)
			;
		else
			psl_error(v->diags, a->span, "Attribute not known: \"@%s\".", n);
	}
	check_duplicates(v, &fa->attributes, "@");
}

/* ---------------------------------------------------------------------
 * Block attributes
 * ---------------------------------------------------------------------
 */

/* Record an error Prisma reports only in its last phase. */
static void
defer_error(Validator *v, ModelAttrs *ma, PslSpan span, const char *message)
{
	PslDiag    *d = psl_alloc(v->arena, sizeof(PslDiag));

	d->severity = PSL_ERROR;
	d->span = span;
	d->message = psl_strdup(v->arena, message);
	psl_vec_push(v->arena, &ma->deferred, d);
}

/* The operator classes Prisma's schema language knows (OperatorClass), PostgreSQL's. */
static const char *const operator_classes[] = {
	"InetOps", "JsonbOps", "JsonbPathOps", "ArrayOps", "TextOps",
	"BitMinMaxOps", "VarBitMinMaxOps", "BpcharBloomOps", "BpcharMinMaxOps", "ByteaBloomOps",
	"ByteaMinMaxOps", "DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps", "Float4BloomOps",
	"Float4MinMaxOps", "Float4MinMaxMultiOps", "Float8BloomOps", "Float8MinMaxOps",
	"Float8MinMaxMultiOps", "InetInclusionOps", "InetBloomOps", "InetMinMaxOps",
	"InetMinMaxMultiOps", "Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps", "Int4BloomOps",
	"Int4MinMaxOps", "Int4MinMaxMultiOps", "Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps",
	"NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps", "OidBloomOps", "OidMinMaxOps",
	"OidMinMaxMultiOps", "TextBloomOps", "TextMinMaxOps", "TimestampBloomOps",
	"TimestampMinMaxOps", "TimestampMinMaxMultiOps", "TimestampTzBloomOps",
	"TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps", "TimeBloomOps", "TimeMinMaxOps",
	"TimeMinMaxMultiOps", "TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps",
	"UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps", NULL
};

/*
 * An index field's `ops:`: an operator class Prisma knows (raw("...")
 * takes any), and the Jsonb ones only on a Json field, as Prisma checks
 * them; CREATE INDEX would otherwise fail late, inside db_push.
 */
static void
check_operator_class(Validator *v, ModelAttrs *ma, PslExpr *ops, PslField *f, const char *what,
					 PslSpan attr_span)
{
	int			i;

	if (ops->kind != PSL_EXPR_CONSTANT || ops->value == NULL)
	{
		defer_error(v, ma, ops->span, "Unexpected token. Expected one of: operator class");
		return;
	}
	for (i = 0; operator_classes[i]; i++)
		if (strcmp(ops->value, operator_classes[i]) == 0)
			break;
	if (operator_classes[i] == NULL)
	{
		defer_error(v, ma, ops->span,
					psl_printf(v->arena, "Unexpected token. Expected one of: Invalid operator class: %s",
							   ops->value));
		return;
	}
	if ((strcmp(ops->value, "JsonbOps") == 0 || strcmp(ops->value, "JsonbPathOps") == 0) &&
		!(f->kind == PSL_FIELD_SCALAR && f->scalar == PSL_TYPE_JSON))
		defer_error(v, ma, attr_span,
					psl_printf(v->arena, "Error parsing attribute \"%s\": The given operator class `%s` points to the field `%s` that is not of Json type.",
							   what, ops->value, f->name));
}

/* Resolve the fields list of @@id/@@unique/@@index into index fields. */
static bool
index_fields(Validator *v, PslModel *m, ModelAttrs *ma, PslAttribute *a, PslIndex *idx,
			 const char *what_prefix)
{
	PslArgument *arg = psl_attribute_arg(a, "fields", true);
	PslExpr    *list;
	PslBuf		unknown,
				relations;
	int			i,
				nunknown = 0,
				nrel = 0;
	bool		ok = true;

	if (arg == NULL || arg->value == NULL)
		return false;
	list = arg->value;
	if (list->kind == PSL_EXPR_CONSTANT || list->kind == PSL_EXPR_FUNCTION)
	{
		/* a single field without brackets: @@index(id) */
		PslExpr    *wrap = psl_alloc(v->arena, sizeof(PslExpr));

		wrap->kind = PSL_EXPR_ARRAY;
		wrap->span = list->span;
		psl_vec_push(v->arena, &wrap->items, list);
		list = wrap;
	}
	if (list->kind != PSL_EXPR_ARRAY)
		return false;
	psl_buf_init(&unknown);
	psl_buf_init(&relations);
	for (i = 0; i < list->items.len; i++)
	{
		PslExpr    *it = list->items.items[i];
		PslIndexField *ifld;
		PslField   *f;
		int			j;

		if (it->kind != PSL_EXPR_CONSTANT && it->kind != PSL_EXPR_FUNCTION)
			continue;
		f = psl_find_field(m, it->value);
		if (f == NULL)
		{
			psl_buf_printf(&unknown, "%s%s", nunknown++ ? ", " : "", it->value);
			continue;
		}
		if (f->kind == PSL_FIELD_RELATION)
		{
			psl_buf_printf(&relations, "%s%s", nrel++ ? ", " : "", it->value);
			continue;
		}
		ifld = psl_alloc(v->arena, sizeof(PslIndexField));
		ifld->field = f;
		if (it->kind == PSL_EXPR_FUNCTION)
			for (j = 0; j < it->args.len; j++)
			{
				PslArgument *fa = it->args.items[j];

				if (fa->name == NULL || fa->value == NULL)
					continue;
				if (strcmp(fa->name, "sort") == 0)
					ifld->sort = fa->value->value && strcmp(fa->value->value, "Desc") == 0 ? PSL_SORT_DESC : PSL_SORT_ASC;
				else if (strcmp(fa->name, "ops") == 0)
				{
					if (fa->value->kind == PSL_EXPR_FUNCTION && strcmp(fa->value->value, "raw") == 0 &&
						fa->value->args.len == 1)
					{
						PslArgument *ra = fa->value->args.items[0];

						if (ra->value && ra->value->kind == PSL_EXPR_STRING)
						{
							ifld->ops = ra->value->value;
							ifld->ops_raw = true;
						}
					}
					else
					{
						ifld->ops = fa->value->value;
						check_operator_class(v, ma, fa->value, f, what_prefix, a->span);
					}
				}
				else if (strcmp(fa->name, "length") == 0)
					defer_error(v, ma, a->span,
								psl_printf(v->arena, "Error parsing attribute \"%s\": The length argument is not supported in an index definition with the current connector",
										   what_prefix));
			}
		psl_vec_push(v->arena, &idx->fields, ifld);
	}
	if (nunknown > 0)
	{
		if (idx->kind == PSL_INDEX_PRIMARY)
			psl_error(v->diags, list->span,
					  "Error validating model \"%s\": The multi field id declaration refers to the unknown field%s `%s`.",
					  m->name, nunknown > 1 ? "s" : "", unknown.data);
		else
			psl_error(v->diags, a->span,
					  "Error validating model \"%s\": The %s definition refers to the unknown fields: %s.",
					  m->name, idx->kind == PSL_INDEX_UNIQUE ? "unique index" : "index", unknown.data);
		ok = false;
	}
	if (nrel > 0)
	{
		if (idx->kind == PSL_INDEX_PRIMARY)
			psl_error(v->diags, a->span,
					  "Error validating model \"%s\": The id definition refers to the relation field `%s`. ID definitions must reference only scalar fields.",
					  m->name, relations.data);
		else
		{
			/* suggest the FK scalar of the relation field */
			PslBuf		sugg;
			int			k;

			psl_buf_init(&sugg);
			for (k = 0; k < list->items.len; k++)
			{
				PslExpr    *it = list->items.items[k];
				PslField   *f = (it->kind == PSL_EXPR_CONSTANT || it->kind == PSL_EXPR_FUNCTION) ?
					psl_find_field(m, it->value) : NULL;
				int			r;

				if (f == NULL)
					continue;
				if (f->kind == PSL_FIELD_RELATION)
					for (r = 0; r < f->rel_fields.len; r++)
						psl_buf_printf(&sugg, "%s%s", sugg.len ? ", " : "",
									   ((PslField *) f->rel_fields.items[r])->name);
				else
					psl_buf_printf(&sugg, "%s%s", sugg.len ? ", " : "", f->name);
			}
			psl_error(v->diags, a->span,
					  "Error validating model \"%s\": The %s definition refers to the relation fields %s. Index definitions must reference only scalar fields. Did you mean `@@%s([%s])`?",
					  m->name, idx->kind == PSL_INDEX_UNIQUE ? "unique index" : "index",
					  relations.data, idx->kind == PSL_INDEX_UNIQUE ? "unique" : "index", sugg.data);
			psl_buf_free(&sugg);
		}
		ok = false;
	}
	psl_buf_free(&unknown);
	psl_buf_free(&relations);
	return ok;
}

void
v_block_attributes(Validator *v, PslModel *m, ModelAttrs *ma)
{
	static const char *const id_args[] = {"name", "map", "clustered", NULL};
	static const char *const index_args[] = {"name", "map", "type", "clustered", "where", NULL};
	static const char *const fulltext_args[] = {"map", NULL};
	PslTop	   *top = m->ast;
	int			i,
				pass;

	/* Prisma visits @@id and the rest, then @@index, then @@unique */
	for (pass = 0; pass < 3; pass++)
	for (i = 0; i < top->attributes.len; i++)
	{
		PslAttribute *a = top->attributes.items[i];
		const char *n = a->name;
		int			attr_pass = (strcmp(n, "index") == 0 || strcmp(n, "fulltext") == 0) ? 1 :
		strcmp(n, "unique") == 0 ? 2 : 0;

		if (attr_pass != pass)
			continue;
		if (strcmp(n, "id") == 0 || strcmp(n, "unique") == 0 || strcmp(n, "index") == 0)
		{
			PslIndex   *idx = psl_alloc(v->arena, sizeof(PslIndex));
			char		prefix[16];
			PslArgument *arg;
			PslExpr    *list;

			snprintf(prefix, sizeof(prefix), "@@%s", n);
			idx->kind = n[0] == 'i' && n[1] == 'd' ? PSL_INDEX_PRIMARY :
				n[0] == 'u' ? PSL_INDEX_UNIQUE : PSL_INDEX_NORMAL;
			idx->ast = a;
			if (!v_check_args(v, a, prefix, idx->kind == PSL_INDEX_NORMAL ? index_args : id_args,
							  "fields", true))
				continue;
			arg = psl_attribute_arg(a, "fields", true);
			list = arg ? arg->value : NULL;
			if (list && list->kind == PSL_EXPR_ARRAY && list->items.len == 0)
			{
				if (idx->kind == PSL_INDEX_PRIMARY)
				{
					/* still counts as the model's id for the other checks */
					ma->block_id = a;
					if (m->primary_key == NULL)
						m->primary_key = idx;
				}
				if (idx->kind == PSL_INDEX_PRIMARY)
					defer_error(v, ma, a->span,
								"Error parsing attribute \"@@id\": The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field.");
				else
					defer_error(v, ma, a->span,
								psl_printf(v->arena, "Error parsing attribute \"%s\": The list of fields in an index cannot be empty. Please specify at least one field.",
										   prefix));
				continue;
			}
			if ((arg = psl_attribute_arg(a, "name", false)) != NULL)
				idx->client_name = v_string_arg(v, arg);
			if ((arg = psl_attribute_arg(a, "map", false)) != NULL)
				idx->db_name = v_string_arg(v, arg);
			/* on @@index, the legacy name: is the database name */
			else if (idx->kind == PSL_INDEX_NORMAL && idx->client_name)
				idx->db_name = idx->client_name;
			if (psl_attribute_arg(a, "clustered", false) != NULL)
				psl_error(v->diags, a->span,
						  "Error parsing attribute \"%s\": Defining clustering is not supported in the current connector.",
						  prefix);
			if ((arg = psl_attribute_arg(a, "type", false)) != NULL && arg->value)
			{
				const char *t = arg->value->value;

				if (arg->value->kind != PSL_EXPR_CONSTANT)
				{
					/* type: "Hash" or type: [Hash] (an array has no value) */
					psl_error(v->diags, arg->value->span, "Expected a constant value, but received %s value `%s`.",
							  v_expr_kind_word(arg->value), v_expr_text(v, arg->value));
					continue;
				}

				if (strcmp(t, "BTree") && strcmp(t, "Hash") && strcmp(t, "Gist") &&
					strcmp(t, "Gin") && strcmp(t, "SpGist") && strcmp(t, "Brin"))
				{
					psl_error(v->diags, a->span,
							  "Error parsing attribute \"@index\": Unknown index type: %s.", t);
					continue;
				}
				idx->algorithm = arg->value->value;
			}
			if (!index_fields(v, m, ma, a, idx, prefix))
				continue;
			if (idx->algorithm && strcmp(idx->algorithm, "Hash") == 0)
			{
				int			k;

				for (k = 0; k < idx->fields.len; k++)
					if (((PslIndexField *) idx->fields.items[k])->sort != PSL_SORT_NONE)
						psl_error(v->diags, a->span,
								  "Error parsing attribute \"@@index\": Hash type does not support sort option.");
			}
			if (idx->kind == PSL_INDEX_PRIMARY)
			{
				int			k;

				ma->block_id = a;
				for (k = 0; k < idx->fields.len; k++)
				{
					PslField   *f = ((PslIndexField *) idx->fields.items[k])->field;

					if (f->arity != PSL_REQUIRED)
						psl_error(v->diags, a->span,
								  "Error validating model \"%s\": The id definition refers to the optional field `%s`. ID definitions must reference only required fields.",
								  m->name, f->name);
				}
				if (m->primary_key == NULL)
					m->primary_key = idx;
			}
			else
				psl_vec_push(v->arena, &m->indexes, idx);
		}
		else if (strcmp(n, "fulltext") == 0)
		{
			(void) v_check_args(v, a, "@@fulltext", fulltext_args, "fields", true);
			defer_error(v, ma, a->span,
						"Error parsing attribute \"@@fulltext\": Defining fulltext indexes is not supported with the current connector.");
		}
		else if (strcmp(n, "map") == 0)
		{
			char	   *s;

			ma->map = a;
			if ((s = v_map_name(v, a, "@@map")) != NULL)
				m->db_name = s;
		}
		else if (strcmp(n, "schema") == 0)
		{
			ma->schema_attr = a;
			if (v_check_args(v, a, "@@schema", NULL, "name", true))
				(void) v_string_arg(v, psl_attribute_arg(a, "name", true));
		}
		else if (strcmp(n, "ignore") == 0)
		{
			(void) v_check_args(v, a, "@@ignore", NULL, NULL, false);
			m->ignored = true;
		}
		else if (strcmp(n, "shardKey") == 0)
			;
		else
			psl_error(v->diags, a->span, "Attribute not known: \"@%s\".", n);
	}
	check_duplicates(v, &top->attributes, "@@");

	/* id rules */
	if (ma->field_ids > 1)
		psl_error(v->diags, m->ast->span,
				  "Error validating model \"%s\": At most one field must be marked as the id field with the `@id` attribute.",
				  m->name);
	else if (ma->field_ids == 1 && ma->block_id)
		psl_error(v->diags, m->ast->span,
				  "Error validating model \"%s\": Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
				  m->name);
}

void
v_enum_attributes(Validator *v, PslEnum *e)
{
	PslTop	   *top = e->ast;
	int			i,
				j;

	for (i = 0; i < top->values.len && i < e->values.len; i++)
	{
		PslEnumValueAst *va = top->values.items[i];
		PslEnumValue *ev = e->values.items[i];

		for (j = 0; j < va->attributes.len; j++)
		{
			PslAttribute *a = va->attributes.items[j];
			char	   *s;

			if (strcmp(a->name, "map") == 0)
			{
				if ((s = v_map_name(v, a, "@map")) != NULL)
					ev->db_name = s;
				/* PostgreSQL refuses a longer label (Prisma leaves that to CREATE TYPE) */
				if (s != NULL && strlen(s) > PSL_IDENTIFIER_MAX)
					psl_error(v->diags, a->span,
							  "The enum value name '%s' specified in `@map` is too long for PostgreSQL. The maximum allowed length is 63 bytes.", s);
			}
			else
				psl_error(v->diags, a->span, "Attribute not known: \"@%s\".", a->name);
		}
	}
	for (i = 0; i < top->attributes.len; i++)
	{
		PslAttribute *a = top->attributes.items[i];
		char	   *s;

		if (strcmp(a->name, "map") == 0)
		{
			if ((s = v_map_name(v, a, "@@map")) != NULL)
				e->db_name = s;
		}
		else if (strcmp(a->name, "schema") == 0)
		{
			if (v_check_args(v, a, "@@schema", NULL, "name", true))
				(void) v_string_arg(v, psl_attribute_arg(a, "name", true));
		}
		else
			psl_error(v->diags, a->span, "Attribute not known: \"@%s\".", a->name);
	}
}

/* ---------------------------------------------------------------------
 * Phase 4: per model
 * ---------------------------------------------------------------------
 */

/*
 * A decimal literal in plain notation, the exponent expanded ("1e3" ->
 * "1000"), as Prisma writes decimals.  An exponent beyond +-1000 is kept
 * as it is: PostgreSQL then judges the value, and the text stays small.
 */
char *
psl_decimal_plain(PslArena *arena, const char *s)
{
	const char *e = strpbrk(s, "eE");

	if (e == NULL || strlen(e + 1) > 5 || abs(atoi(e + 1)) > 1000)
		return psl_strdup(arena, s);
	{
		/* shift the decimal point of the mantissa by the exponent */
		int			exp = atoi(e + 1);
		PslBuf		digits;
		const char *p;
		int			point = -1;
		int			neg = 0;
		char	   *ds;
		int			nd,
					i;
		PslBuf		out;

		psl_buf_init(&digits);
		for (p = s; p < e; p++)
		{
			if (*p == '-')
				neg = 1;
			else if (*p == '.')
				point = (int) digits.len;
			else if (isdigit((unsigned char) *p))
				psl_buf_putc(&digits, *p);
		}
		ds = psl_buf_finish(&digits, arena);
		nd = (int) strlen(ds);
		if (point < 0)
			point = nd;
		point += exp;
		psl_buf_init(&out);
		if (neg)
			psl_buf_putc(&out, '-');
		if (point <= 0)
		{
			psl_buf_puts(&out, "0.");
			for (i = 0; i < -point; i++)
				psl_buf_putc(&out, '0');
			psl_buf_puts(&out, ds);
		}
		else
		{
			for (i = 0; i < point || i < nd; i++)
			{
				if (i == point)
					psl_buf_putc(&out, '.');
				psl_buf_putc(&out, i < nd ? ds[i] : '0');
			}
		}
		return psl_buf_finish(&out, arena);
	}
}

/*
 * Is text an optionally signed decimal number (digits, optional fraction
 * and exponent), or with integer_only an optionally signed integer?  The
 * query engine checks BigInt and Decimal inputs with it too.
 */
bool
psl_is_decimal_text(const char *s, bool integer_only)
{
	const char *p = s;
	bool		digits = false;

	if (*p == '-' || *p == '+')
		p++;
	while (isdigit((unsigned char) *p))
		p++, digits = true;
	if (integer_only)
		return digits && *p == '\0';
	if (*p == '.')
	{
		p++;
		while (isdigit((unsigned char) *p))
			p++, digits = true;
	}
	if (digits && (*p == 'e' || *p == 'E'))
	{
		p++;
		if (*p == '-' || *p == '+')
			p++;
		if (!isdigit((unsigned char) *p))
			return false;
		while (isdigit((unsigned char) *p))
			p++;
	}
	return digits && *p == '\0';
}

/*
 * Is text standard, padded base64?  The query engine checks Bytes
 * arguments with it too.
 */
bool
psl_is_base64(const char *s)
{
	size_t		n = strlen(s),
				i,
				pad = 0;

	if (n % 4 != 0)
		return false;
	for (i = 0; i < n; i++)
	{
		char		c = s[i];

		if (c == '=')
		{
			pad++;
			if (i < n - 2)
				return false;
			continue;
		}
		if (pad || !(isalnum((unsigned char) c) || c == '+' || c == '/'))
			return false;
	}
	return pad <= 2;
}

/* A small JSON validator: returns the end of the value, or NULL. */
static const char *json_value(const char *p, int depth);

static const char *
json_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static const char *
json_string(const char *p)
{
	if (*p != '"')
		return NULL;
	p++;
	while (*p && *p != '"')
	{
		if ((unsigned char) *p < 0x20)
			return NULL;
		if (*p == '\\')
		{
			p++;
			if (*p == 'u')
			{
				int			k;

				for (k = 1; k <= 4; k++)
					if (!isxdigit((unsigned char) p[k]))
						return NULL;
				p += 4;
			}
			else if (!strchr("\"\\/bfnrt", *p) || *p == '\0')
				return NULL;
		}
		p++;
	}
	return *p == '"' ? p + 1 : NULL;
}

static const char *
json_value(const char *p, int depth)
{
	if (depth > 64)
		return NULL;
	p = json_ws(p);
	if (*p == '{' || *p == '[')
	{
		char		close = *p == '{' ? '}' : ']';
		bool		obj = *p == '{';

		p = json_ws(p + 1);
		if (*p == close)
			return p + 1;
		for (;;)
		{
			if (obj)
			{
				p = json_string(json_ws(p));
				if (p == NULL)
					return NULL;
				p = json_ws(p);
				if (*p++ != ':')
					return NULL;
			}
			p = json_value(p, depth + 1);
			if (p == NULL)
				return NULL;
			p = json_ws(p);
			if (*p == ',')
			{
				p++;
				continue;
			}
			if (*p == close)
				return p + 1;
			return NULL;
		}
	}
	if (*p == '"')
		return json_string(p);
	if (strncmp(p, "true", 4) == 0)
		return p + 4;
	if (strncmp(p, "false", 5) == 0)
		return p + 5;
	if (strncmp(p, "null", 4) == 0)
		return p + 4;
	if (*p == '-' || isdigit((unsigned char) *p))
	{
		char	   *end;

		(void) strtod(p, &end);
		return end > p ? end : NULL;
	}
	return NULL;
}

static bool
is_json(const char *s)
{
	const char *end = json_value(s, 0);

	return end != NULL && *json_ws(end) == '\0';
}

/* Phase-4 checks of one literal default element. */
static void
check_default_parse(Validator *v, PslField *f, PslExpr *e)
{
	if (f->kind != PSL_FIELD_SCALAR)
		return;
	switch (f->scalar)
	{
		case PSL_TYPE_INT:
		case PSL_TYPE_BIGINT:
			if (e->kind == PSL_EXPR_NUMBER && strchr(e->value, '.'))
				psl_error(v->diags, e->span,
						  "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid integer. (invalid digit found in string)",
						  e->value);
			break;
		case PSL_TYPE_DECIMAL:
			if (e->kind == PSL_EXPR_STRING && !psl_is_decimal_text(e->value, false))
				psl_error(v->diags, e->span,
						  "Error parsing attribute \"default\": Parse error: \"%s\" is not a valid decimal. (invalid digit found in string)",
						  e->value);
			break;
		case PSL_TYPE_DATETIME:
			if (e->kind == PSL_EXPR_STRING)
			{
				PslDateTime dt;
				PslDateTimeError err = psl_parse_datetime(e->value, &dt);

				if (err != PSL_DT_OK)
					psl_error(v->diags, e->span,
							  "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid rfc3339 datetime string. (%s)",
							  e->value, psl_datetime_error_text(err));
			}
			break;
		case PSL_TYPE_JSON:
			if (e->kind == PSL_EXPR_STRING && !is_json(e->value))
				psl_error(v->diags, e->span,
						  "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid JSON string.",
						  e->value);
			break;
		case PSL_TYPE_BYTES:
			if (e->kind == PSL_EXPR_STRING && !psl_is_base64(e->value))
				psl_error(v->diags, e->span,
						  "Error parsing attribute \"@default\": Parse error: \"%s\" is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)",
						  e->value);
			break;
		default:
			break;
	}
}

/* Validate a @db.X attribute and decode its arguments. */
static void
check_native_type(Validator *v, PslField *f, PslAttribute *a)
{
	const NativeTypeDef *def = find_native_type(f->native_type->name);
	PslNativeType *nt = f->native_type;
	char		shown[64];
	int			i;

	if (def == NULL)
	{
		psl_error(v->diags, a->span, "Native type %s is not supported for postgresql connector.",
				  nt->name);
		return;
	}
	if (def->scalar != f->scalar)
	{
		psl_error(v->diags, a->span,
				  "Native type %s is not compatible with declared field type %s, expected field type %s.",
				  nt->name, psl_scalar_type_name(f->scalar), psl_scalar_type_name(def->scalar));
		return;
	}
	if (a->args.len > def->max_args)
	{
		if (def->max_args == 0)
			psl_error(v->diags, a->span, "Function \"%s\" takes 0 arguments, but received %d.",
					  nt->name, a->args.len);
		else
			psl_error(v->diags, a->span, "Native type %s takes %d optional arguments, but received %d.",
					  nt->name, def->max_args, a->args.len);
		return;
	}
	for (i = 0; i < a->args.len; i++)
	{
		PslArgument *arg = a->args.items[i];
		PslExpr    *e = arg->value;

		if (e == NULL || e->kind != PSL_EXPR_NUMBER || e->value[0] == '-' || strchr(e->value, '.'))
		{
			psl_error(v->diags, a->span, "Expected a nonnegative integer, but found (%s).",
					  e ? v_expr_text(v, e) : "");
			return;
		}
		nt->args[i] = atoi(e->value);
	}
	nt->nargs = a->args.len;
	if (nt->nargs == 2)
		snprintf(shown, sizeof(shown), "%s(%d,%d)", nt->name, nt->args[0], nt->args[1]);
	else if (nt->nargs == 1)
		snprintf(shown, sizeof(shown), "%s(%d)", nt->name, nt->args[0]);
	else
		snprintf(shown, sizeof(shown), "%s", nt->name);
	if (nt->nargs == 1 && (strcmp(nt->name, "Timestamp") == 0 || strcmp(nt->name, "Timestamptz") == 0 ||
						   strcmp(nt->name, "Time") == 0 || strcmp(nt->name, "Timetz") == 0) &&
		nt->args[0] > 6)
		psl_error(v->diags, a->span,
				  "Argument M is out of range for native type `%s` of Postgres: M can range from 0 to 6.",
				  shown);
	else if (nt->nargs == 1 && (strcmp(nt->name, "Bit") == 0 || strcmp(nt->name, "VarBit") == 0 ||
								strcmp(nt->name, "VarChar") == 0 || strcmp(nt->name, "Char") == 0) &&
			 nt->args[0] == 0)
		psl_error(v->diags, a->span,
				  "Argument M is out of range for native type `%s` of Postgres: M must be a positive integer.",
				  shown);
	else if (nt->nargs == 2 && nt->args[1] > nt->args[0])
		psl_error(v->diags, a->span,
				  "The scale must not be larger than the precision for the %s native type in Postgres.",
				  shown);
}

/* True when the fields are exactly the fields of the model's id or a unique. */
bool
v_field_is_unique_alone(PslModel *m, PslVec *fields)
{
	int			i,
				j,
				k;

	for (i = -1; i < m->indexes.len; i++)
	{
		PslIndex   *idx = i < 0 ? m->primary_key : m->indexes.items[i];
		bool		all = true;

		if (idx == NULL || idx->kind == PSL_INDEX_NORMAL)
			continue;
		if (idx->fields.len != fields->len || idx->fields.len == 0)
			continue;
		for (j = 0; j < idx->fields.len && all; j++)
		{
			PslField   *f = ((PslIndexField *) idx->fields.items[j])->field;
			bool		found = false;

			for (k = 0; k < fields->len; k++)
				if (fields->items[k] == f)
					found = true;
			all = found;
		}
		if (all)
			return true;
	}
	return false;
}

void
v_phase4_model(Validator *v, PslModel *m, ModelAttrs *ma)
{
	int			i,
				j;
	size_t		dslen = strlen(v->ds_name);

	for (i = 0; i < ma->deferred.len; i++)
	{
		PslDiag    *d = ma->deferred.items[i];

		psl_error(v->diags, d->span, "%s", d->message);
	}

	/* custom names of @@id / @@unique must not clash with fields */
	for (i = -1; i < m->indexes.len; i++)
	{
		PslIndex   *idx = i < 0 ? m->primary_key : m->indexes.items[i];

		if (idx == NULL || idx->client_name == NULL || idx->kind == PSL_INDEX_NORMAL)
			continue;
		if (psl_find_field(m, idx->client_name))
			psl_error(v->diags, m->ast->span,
					  "Error validating model \"%s\": The custom name `%s` specified for the `@@%s` attribute is already used as a name for a field. Please choose a different name.",
					  m->name, idx->client_name, idx->kind == PSL_INDEX_PRIMARY ? "id" : "unique");
		for (j = 0; j < i; j++)
		{
			PslIndex   *o = m->indexes.items[j];

			if (o->client_name && idx->kind == PSL_INDEX_UNIQUE && o->kind == PSL_INDEX_UNIQUE &&
				strcmp(o->client_name, idx->client_name) == 0)
			{
				PslArgument *an = psl_attribute_arg(o->ast, "name", false);
				PslArgument *bn = psl_attribute_arg(idx->ast, "name", false);

				psl_error(v->diags, an->span,
						  "Error parsing attribute \"@@unique\": The given custom name `%s` has to be unique on the model. Please provide a different name for the `name` argument.",
						  idx->client_name);
				psl_error(v->diags, bn->span,
						  "Error parsing attribute \"@@unique\": The given custom name `%s` has to be unique on the model. Please provide a different name for the `name` argument.",
						  idx->client_name);
			}
		}
	}

	/* unique criteria */
	if (!m->ignored && !m->is_view && m->primary_key == NULL)
	{
		bool		found = false;
		PslBuf		rejected;

		psl_buf_init(&rejected);
		for (i = 0; i < m->indexes.len; i++)
		{
			PslIndex   *idx = m->indexes.items[i];
			bool		all_required = true;

			if (idx->kind != PSL_INDEX_UNIQUE)
				continue;
			for (j = 0; j < idx->fields.len; j++)
			{
				PslField   *f = ((PslIndexField *) idx->fields.items[j])->field;

				if (f->arity != PSL_REQUIRED || f->kind == PSL_FIELD_UNSUPPORTED)
					all_required = false;
			}
			if (all_required)
				found = true;
			else
			{
				psl_buf_puts(&rejected, "\n- ");
				for (j = 0; j < idx->fields.len; j++)
					psl_buf_printf(&rejected, "%s%s", j ? ", " : "",
								   ((PslIndexField *) idx->fields.items[j])->field->name);
			}
		}
		if (!found)
			psl_error(v->diags, m->ast->span,
					  "Error validating model \"%s\": Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.%s%s",
					  m->name,
					  rejected.len ? " The following unique criterias were not considered as they contain fields that are not required:" : "",
					  rejected.data);
		psl_buf_free(&rejected);
	}

	/* default functions Prisma does not know (or PostgreSQL lacks) */
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];
		PslDefault *d = &f->default_value;

		if (d->kind != PSL_DEFAULT_VALUE || d->value == NULL || d->value->kind != PSL_EXPR_FUNCTION)
			continue;
		if (strcmp(d->value->value, "auto") == 0)
			psl_error(v->diags, d->span,
					  "Error parsing attribute \"@default\": The current connector does not support the `auto()` function.");
		else
			psl_error(v->diags, d->value->span,
					  "Unknown function in @default(): `%s` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions",
					  d->value->value);
	}

	/* fields: native types and literal defaults */
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];
		PslDefault *d = &f->default_value;

		if (f->native_type)
			for (j = 0; j < f->ast->attributes.len; j++)
			{
				PslAttribute *a = f->ast->attributes.items[j];

				if (strncmp(a->name, v->ds_name, dslen) == 0 && a->name[dslen] == '.')
				{
					check_native_type(v, f, a);
					break;
				}
			}
		if (d->kind == PSL_DEFAULT_VALUE && d->value)
		{
			PslExpr    *e = d->value;

			if (e->kind == PSL_EXPR_FUNCTION)
				;				/* reported above */
			else if (e->kind == PSL_EXPR_ARRAY)
				for (j = 0; j < e->items.len; j++)
					check_default_parse(v, f, e->items.items[j]);
			else
				check_default_parse(v, f, e);
		}
	}
}

/* ---------------------------------------------------------------------
 * Constraint names
 * ---------------------------------------------------------------------
 */

/* Column names of an index's fields. */
static void
index_columns(PslArena *arena, PslIndex *idx, PslVec *out)
{
	int			i;

	for (i = 0; i < idx->fields.len; i++)
		psl_vec_push(arena, out, ((PslIndexField *) idx->fields.items[i])->field->db_name);
}

/* Give every primary key, unique and index its default database name. */
void
v_compute_index_names(Validator *v)
{
	PslSchema  *s = v->schema;
	int			i,
				j;

	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];

		if (m->primary_key && m->primary_key->db_name == NULL)
			m->primary_key->db_name = psl_constraint_name(v->arena, m->db_name, NULL, "pkey");
		for (j = 0; j < m->indexes.len; j++)
		{
			PslIndex   *idx = m->indexes.items[j];
			PslVec		cols = {NULL, 0, 0};

			if (idx->db_name)
				continue;
			index_columns(v->arena, idx, &cols);
			idx->db_name = psl_constraint_name(v->arena, m->db_name, &cols,
											   idx->kind == PSL_INDEX_UNIQUE ? "key" : "idx");
		}
	}
}

/* The span Prisma shows for a constraint-name clash: map: or the attribute. */
static PslSpan
name_span(PslIndex *idx, PslSpan fallback)
{
	PslArgument *map;

	if (idx->ast == NULL)
		return fallback;
	map = psl_attribute_arg(idx->ast, "map", false);
	return map ? map->span : idx->ast->span;
}

static const char *
index_attr_name(PslIndex *idx)
{
	if (idx->kind == PSL_INDEX_PRIMARY)
		return idx->field_level ? "@id" : "@@id";
	if (idx->kind == PSL_INDEX_UNIQUE)
		return idx->field_level ? "@unique" : "@@unique";
	return "@@index";
}

/* Primary keys, uniques and indexes share one namespace per database. */
void
v_phase4_constraint_names(Validator *v)
{
	PslSchema  *s = v->schema;
	PslVec		all = {NULL, 0, 0};
	int			i,
				j;

	for (i = 0; i < s->models.len; i++)
	{
		PslModel   *m = s->models.items[i];

		if (m->primary_key)
			psl_vec_push(v->arena, &all, m->primary_key);
		for (j = 0; j < m->indexes.len; j++)
			psl_vec_push(v->arena, &all, m->indexes.items[j]);
	}
	for (i = 0; i < all.len; i++)
	{
		PslIndex   *a = all.items[i];

		if (a->db_name && strlen(a->db_name) > PSL_IDENTIFIER_MAX)
			psl_error(v->diags, name_span(a, a->ast ? a->ast->span : s->models.len ? ((PslModel *) s->models.items[0])->ast->span : (PslSpan) {0, 0}),
					  "The constraint name '%s' specified in the `map` argument for the `%s` constraint is too long for your chosen provider. The maximum allowed length is 63 bytes.",
					  a->db_name, index_attr_name(a));
		for (j = 0; j < all.len; j++)
		{
			PslIndex   *b = all.items[j];

			if (i != j && a->db_name && b->db_name && strcmp(a->db_name, b->db_name) == 0)
			{
				psl_error(v->diags, name_span(a, a->ast ? a->ast->span : (PslSpan) {0, 0}),
						  "Error parsing attribute \"%s\": The given constraint name `%s` has to be unique in the following namespace: global for primary key, indexes and unique constraints. Please provide a different name using the `map` argument.",
						  index_attr_name(a), a->db_name);
				break;
			}
		}
	}
}
