/*
 * query_emulate.c
 *		relationMode = "prisma": the referential actions the foreign keys
 *		would take, emulated by the write program as Prisma's engine does.
 *
 * With relationMode = "prisma" db_push creates no foreign keys.  Before
 * rows are deleted, the rows that refer to them are deleted (Cascade), let
 * go (SetNull, SetDefault) or make the write fail with P2014 (Restrict,
 * NoAction), recursively.  After a record's referenced fields change, the
 * rows that referred to the old values follow (Cascade, with the same
 * assignment), let go (SetNull) or make it fail (Restrict).  Implicit m-n
 * join rows are left as they are, as Prisma 7 leaves them.
 *
 * One deliberate difference: a deleteMany or updateMany with `limit` acts
 * on the referring rows of exactly the rows it writes (w_limited_target).
 * Prisma 7 acts on those of every row its filter matches, so it deletes or
 * detaches the children of rows it then leaves in place.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "query_write_sql.h"

/* Cascades deeper than this are a cycle of relations: an error. */
#define MAX_CASCADE_DEPTH 32

/* Prisma's P2014 text for relation field fk_field (the side holding the key). */
char *
w_relation_violation(PslField *fk_field)
{
	return psprintf("The change you are trying to make would violate the required relation '%s' between the `%s` and `%s` models.",
					fk_field->relation->name, fk_field->model->name, fk_field->related_model->name);
}

/* The rows that refer, through relation field `back` (a field of the referenced model), to the rows `parents` finds. */
static WTarget *
referring(PslField *back, WTarget *parents)
{
	WTarget    *t = palloc0(sizeof(WTarget));

	t->via = back;
	t->via_target = parents;
	return t;
}

/* Do the fields a relation's key refers to include one of `changed`? */
static bool
refers_to_any(PslField *fk_field, PslVec *changed)
{
	int			i,
				k;

	for (i = 0; i < fk_field->rel_references.len; i++)
		for (k = 0; k < changed->len; k++)
			if (fk_field->rel_references.items[i] == changed->items[k])
				return true;
	return false;
}

/* Past MAX_CASCADE_DEPTH the relations form a cycle: an error, not a loop. */
static void
check_cascade_depth(int depth)
{
	if (depth > MAX_CASCADE_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("P2009: the emulated referential actions cascade deeper than %d relations",
						MAX_CASCADE_DEPTH)));
}

/*
 * Is g (a field of the referenced model) a 1-1 or 1-n relation through
 * which other rows refer to one of the fields `changed`?
 */
static bool
referred_through(PslField *g, PslVec *changed)
{
	return g->kind == PSL_FIELD_RELATION && !g->ignored &&
		g->relation->kind != PSL_REL_MANY_TO_MANY && !w_holds_fk(g) &&
		refers_to_any(g->relation->fk_field, changed);
}

static void let_go(WCompiler *w, PslField *fk_field, WTarget *children, QCondition cond,
				   bool to_default, int depth);

/*
 * Before the fields `changed` of the rows of m that t finds become NULL
 * (or their default): the rows that refer to those values, by onUpdate.
 */
static void
emulate_nulling(WCompiler *w, PslModel *m, WTarget *t, PslVec *changed, QCondition cond, int depth)
{
	int			i;

	check_cascade_depth(depth);
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *g = m->fields.items[i];
		PslField   *fk;

		if (!referred_through(g, changed))
			continue;
		fk = g->relation->fk_field;
		switch (g->relation->on_update)
		{
			case PSL_ACTION_CASCADE:
			case PSL_ACTION_SET_NULL:
				let_go(w, fk, referring(g, t), cond, false, depth + 1);
				break;
			case PSL_ACTION_SET_DEFAULT:
				let_go(w, fk, referring(g, t), cond, true, depth + 1);
				break;
			default:			/* Restrict, NoAction */
				w_check(w, w_select(w, fk->model, referring(g, t), cond, false), QCHECK_EMPTY,
						w_relation_violation(fk));
				break;
		}
	}
}

/*
 * The foreign key of fk_field set to NULL, or to the columns' defaults,
 * after the rows referring to its columns had their actions.
 */
static void
let_go(WCompiler *w, PslField *fk_field, WTarget *children, QCondition cond, bool to_default,
	   int depth)
{
	QStatement *st;
	int			k;

	emulate_nulling(w, fk_field->model, children, &fk_field->rel_fields, cond, depth);
	st = w_statement(w);
	appendStringInfo(&st->sql, "UPDATE %s AS t SET ", query_table_sql(fk_field->model));
	for (k = 0; k < fk_field->rel_fields.len; k++)
		appendStringInfo(&st->sql, "%s%s = %s", k ? ", " : "",
						 quote_identifier(((PslField *) fk_field->rel_fields.items[k])->db_name),
						 to_default ? "DEFAULT" : "NULL");
	appendStringInfoString(&st->sql, " WHERE ");
	w_target_sql(w, st, &st->sql, children, fk_field->model, "t");
	w_step(w, st, fk_field->model, cond);
}

/* The actions on the rows referring to the rows of m that t finds, before they go. */
static void
emulate_delete(WCompiler *w, PslModel *m, WTarget *t, QCondition cond, int depth)
{
	int			i;

	check_cascade_depth(depth);
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];
		PslRelation *r = f->relation;
		WTarget    *children;

		if (f->kind != PSL_FIELD_RELATION || f->ignored)
			continue;
		/* implicit m-n rows stay, as Prisma 7 leaves them (checked with the oracle) */
		if (r->kind == PSL_REL_MANY_TO_MANY || w_holds_fk(f))
			continue;
		children = referring(f, t);
		switch (r->on_delete)
		{
			case PSL_ACTION_CASCADE:
				emulate_delete(w, r->fk_field->model, children, cond, depth + 1);
				w_delete(w, r->fk_field->model, children, cond, false, 0);
				break;
			case PSL_ACTION_SET_NULL:
			case PSL_ACTION_SET_DEFAULT:
				let_go(w, r->fk_field, children, cond, r->on_delete == PSL_ACTION_SET_DEFAULT, depth + 1);
				break;
			default:			/* Restrict, NoAction */
				w_check(w, w_select(w, r->fk_field->model, children, cond, false), QCHECK_EMPTY,
						w_relation_violation(r->fk_field));
				break;
		}
	}
}

/* Before rows of m that t finds are deleted (relationMode = "prisma" only). */
void
w_emulate_delete(WCompiler *w, PslModel *m, WTarget *t, QCondition cond)
{
	if (w->doc->emulate_relations)
		emulate_delete(w, m, t, cond, 0);
}

/* Does the data write a field that a relation's foreign key refers to? */
static bool
writes_referenced(QData *d, PslField *f)
{
	PslVec	   *refs = &f->relation->fk_field->rel_references;
	int			i,
				k;

	for (i = 0; i < d->assigns.len; i++)
		for (k = 0; k < refs->len; k++)
			if (((QAssign *) d->assigns.items[i])->field == refs->items[k])
				return true;
	return false;
}

/* Does a relation's foreign key refer to field f? */
bool
w_emulate_field_referenced(PslField *f)
{
	int			i;

	for (i = 0; i < f->model->fields.len; i++)
	{
		PslField   *g = f->model->fields.items[i];

		if (g->kind == PSL_FIELD_RELATION && !g->ignored && g->relation->kind != PSL_REL_MANY_TO_MANY &&
			!w_holds_fk(g) && query_field_index(&g->relation->fk_field->rel_references, f) >= 0)
			return true;
	}
	return false;
}

/* Must an update of d's record be emulated (it changes referenced fields)? */
bool
w_emulate_update_needed(WCompiler *w, QData *d)
{
	int			i;

	if (!w->doc->emulate_relations)
		return false;
	for (i = 0; i < d->model->fields.len; i++)
	{
		PslField   *f = d->model->fields.items[i];

		if (f->kind == PSL_FIELD_RELATION && !f->ignored &&
			f->relation->kind != PSL_REL_MANY_TO_MANY && !w_holds_fk(f) && writes_referenced(d, f))
			return true;
	}
	return false;
}

/*
 * The fields `changed` of model m took new values: changed[i] went from
 * before.sources[i] to after.sources[i] (fields of the updated record).
 * The rows that referred to the old values follow (Cascade, recursively),
 * let go (SetNull, SetDefault) or make the write fail (Restrict).
 */
static void
cascade_values(WCompiler *w, PslModel *m, PslVec *changed, PslVec *sources, WRecord *before,
			   WRecord *after, QCondition cond, int depth)
{
	int			i,
				k;

	check_cascade_depth(depth);
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *g = m->fields.items[i];
		PslField   *fk;
		PslRefAction action;
		QStatement *st;
		StringInfoData where;
		PslVec		next_changed = {0};
		PslVec		next_sources = {0};

		if (!referred_through(g, changed))
			continue;
		fk = g->relation->fk_field;
		action = g->relation->on_update;
		st = w_statement(w);
		/* the rows whose key held an old value that changed */
		initStringInfo(&where);
		for (k = 0; k < fk->rel_fields.len; k++)
		{
			int			at = query_field_index(changed, fk->rel_references.items[k]);
			PslField   *source;

			if (at < 0)
				continue;
			source = sources->items[at];
			appendStringInfo(&where, "%s%s %s %s AND NOT COALESCE(%s %s %s, false)",
							 where.len ? " AND " : "", query_column_sql("t", fk->rel_fields.items[k]),
							 query_operator_sql(source, "="), w_ref_sql(w, st, before, source, false),
							 w_ref_sql(w, st, before, source, false), query_operator_sql(source, "="),
							 w_ref_sql(w, st, after, source, false));
			psl_vec_push(w->arena, &next_changed, fk->rel_fields.items[k]);
			psl_vec_push(w->arena, &next_sources, source);
		}
		if (action == PSL_ACTION_CASCADE)
		{
			appendStringInfo(&st->sql, "UPDATE %s AS t SET ", query_table_sql(fk->model));
			for (k = 0; k < next_changed.len; k++)
				appendStringInfo(&st->sql, "%s%s = %s", k ? ", " : "",
								 quote_identifier(((PslField *) next_changed.items[k])->db_name),
								 w_ref_sql(w, st, after, next_sources.items[k], false));
			/* their own referrers first, while the old values still identify them */
			cascade_values(w, fk->model, &next_changed, &next_sources, before, after, cond, depth + 1);
		}
		else if (action == PSL_ACTION_SET_NULL || action == PSL_ACTION_SET_DEFAULT)
		{
			appendStringInfo(&st->sql, "UPDATE %s AS t SET ", query_table_sql(fk->model));
			for (k = 0; k < fk->rel_fields.len; k++)
				appendStringInfo(&st->sql, "%s%s = %s", k ? ", " : "",
								 quote_identifier(((PslField *) fk->rel_fields.items[k])->db_name),
								 action == PSL_ACTION_SET_NULL ? "NULL" : "DEFAULT");
		}
		else
			appendStringInfo(&st->sql, "SELECT 1 FROM %s t", query_table_sql(fk->model));
		appendStringInfo(&st->sql, " WHERE %s", where.data);
		if (action == PSL_ACTION_SET_NULL || action == PSL_ACTION_SET_DEFAULT)
		{
			/* the rows referring to their keys let go or fail first */
			WTarget    *rows = palloc0(sizeof(WTarget));

			rows->relation = g;
			rows->parent = before;
			emulate_nulling(w, fk->model, rows, &fk->rel_fields, cond, depth + 1);
		}
		k = w_step(w, st, fk->model, cond);
		if (action != PSL_ACTION_CASCADE && action != PSL_ACTION_SET_NULL &&
			action != PSL_ACTION_SET_DEFAULT)
			w_check(w, k, QCHECK_EMPTY, w_relation_violation(fk));
	}
}

/*
 * After the record's referenced fields changed from `before` to `after`
 * (relationMode = "prisma" only): the rows that referred to the old
 * values, by their onUpdate.
 */
void
w_emulate_update(WCompiler *w, QData *d, WRecord *before, WRecord *after, QCondition cond)
{
	PslVec		changed = {0};
	int			i;

	if (!w->doc->emulate_relations)
		return;
	for (i = 0; i < d->assigns.len; i++)
		psl_vec_push(w->arena, &changed, ((QAssign *) d->assigns.items[i])->field);
	cascade_values(w, d->model, &changed, &changed, before, after, cond, 0);
}

/*
 * The rows of m that t finds get the assignments `assigns` (updateMany):
 * the rows that refer to the fields assigned, by onUpdate.  Cascade gives
 * the referring columns the same assignment, as Prisma's engine does (a
 * value, or the same atomic operation on their old value, which equals
 * the referenced one), recursively, the deepest rows first, while the old
 * values still connect them.
 */
static void
cascade_assigns(WCompiler *w, PslModel *m, WTarget *t, PslVec *assigns, int depth)
{
	PslVec		changed = {0};
	int			i,
				k;

	check_cascade_depth(depth);
	for (i = 0; i < assigns->len; i++)
		psl_vec_push(w->arena, &changed, ((QAssign *) assigns->items[i])->field);
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *g = m->fields.items[i];
		PslField   *fk;
		WTarget    *children;

		if (!referred_through(g, &changed))
			continue;
		fk = g->relation->fk_field;
		children = referring(g, t);
		switch (g->relation->on_update)
		{
			case PSL_ACTION_CASCADE:
				{
					QStatement *st = w_statement(w);
					PslVec		next = {0};

					for (k = 0; k < fk->rel_fields.len; k++)
					{
						int			at = query_field_index(&changed, fk->rel_references.items[k]);
						QAssign    *a;

						if (at < 0)
							continue;
						a = palloc(sizeof(QAssign));
						*a = *(QAssign *) assigns->items[at];
						a->field = fk->rel_fields.items[k];
						a->value = palloc(sizeof(QValue));
						*a->value = *((QAssign *) assigns->items[at])->value;
						a->value->field = a->field;
						psl_vec_push(w->arena, &next, a);
					}
					cascade_assigns(w, fk->model, children, &next, depth + 1);
					appendStringInfo(&st->sql, "UPDATE %s AS t SET ", query_table_sql(fk->model));
					for (k = 0; k < next.len; k++)
						appendStringInfo(&st->sql, "%s%s = %s", k ? ", " : "",
										 quote_identifier(((QAssign *) next.items[k])->field->db_name),
										 w_assign_sql(st, next.items[k], "t"));
					appendStringInfoString(&st->sql, " WHERE ");
					w_target_sql(w, st, &st->sql, children, fk->model, "t");
					w_step(w, st, fk->model, w_always());
					break;
				}
			case PSL_ACTION_SET_NULL:
			case PSL_ACTION_SET_DEFAULT:
				let_go(w, fk, children, w_always(), g->relation->on_update == PSL_ACTION_SET_DEFAULT,
					   depth + 1);
				break;
			default:			/* Restrict, NoAction */
				w_check(w, w_select(w, fk->model, children, w_always(), false), QCHECK_EMPTY,
						w_relation_violation(fk));
				break;
		}
	}
}

/*
 * Before an updateMany of the rows t finds writes fields other rows refer
 * to (relationMode = "prisma" only): the rows that refer to a value that
 * changes, by their onUpdate.
 */
void
w_emulate_update_many(WCompiler *w, QData *d, WTarget *t)
{
	PslVec		assigns = {0};
	QFilter    *differs,
			   *both;
	WTarget    *parents;
	int			i;

	if (!w_emulate_update_needed(w, d))
		return;
	differs = palloc0(sizeof(QFilter));
	differs->kind = QF_OR;
	for (i = 0; i < d->assigns.len; i++)
	{
		QAssign    *a = d->assigns.items[i];
		QFilter    *ne = palloc0(sizeof(QFilter));

		if (a->op != QA_SET && !w_emulate_field_referenced(a->field))
			continue;
		psl_vec_push(w->arena, &assigns, a);
		/* the rows whose value changes (an atomic operation: every row, as in Prisma) */
		if (a->op != QA_SET)
		{
			ne->kind = QF_CONST;
			ne->const_value = true;
		}
		else
		{
			ne->kind = QF_SCALAR;
			ne->field = a->field;
			ne->op = a->value->is_null ? QOP_IS_NOT_NULL : QOP_NE;
			ne->value = a->value->is_null ? NULL : a->value;
		}
		psl_vec_push(w->arena, &differs->children, ne);
	}
	both = palloc0(sizeof(QFilter));
	both->kind = QF_AND;
	if (t->where)
		psl_vec_push(w->arena, &both->children, t->where);
	psl_vec_push(w->arena, &both->children, differs);
	parents = palloc0(sizeof(WTarget));
	*parents = *t;
	parents->where = both;
	cascade_assigns(w, d->model, parents, &assigns, 0);
}
