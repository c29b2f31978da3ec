/*
 * query_emulate.c
 *		relationMode = "prisma": the referential actions the foreign keys
 *		would take, emulated by the write program as Prisma's engine does.
 *
 * With relationMode = "prisma" db_push creates no foreign keys.  Before
 * rows are deleted, the rows that refer to them are deleted (Cascade), let
 * go (SetNull, SetDefault) or make the write fail with P2014 (Restrict,
 * NoAction), recursively; implicit m-n join rows are deleted.  After a
 * record's referenced fields change, the rows that referred to the old
 * values follow (Cascade), let go (SetNull) or make it fail (Restrict).
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

/* A write whose emulation is not built: a clear error, never a wrong result. */
void
w_emulation_unsupported(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("P2009: %s is not supported yet with relationMode = \"prisma\"", what),
			 errdetail("{\"code\":\"P2009\",\"meta\":{\"notSupported\":true}}")));
}

/* Delete the m-n join rows of f's model's rows that t finds. */
static void
delete_join_rows(WCompiler *w, PslField *f, WTarget *t, QCondition cond)
{
	PslRelation *r = f->relation;
	QStatement *st = w_statement(w);
	PslField   *id = query_identity_fields(w->arena, f->model)->items[0];
	char	   *p = w_alias(w);

	appendStringInfo(&st->sql, "DELETE FROM %s.%s j WHERE EXISTS (SELECT 1 FROM %s %s WHERE %s %s j.%s AND ",
					 quote_identifier(r->join_schema ? r->join_schema : "public"),
					 quote_identifier(r->join_table), query_table_sql(f->model), p,
					 query_column_sql(p, id), query_operator_sql(id, "="),
					 f == r->field_a ? "\"A\"" : "\"B\"");
	w_target_sql(w, st, &st->sql, t, f->model, p);
	appendStringInfoChar(&st->sql, ')');
	w_step(w, st, f->model, cond);
}

/* The foreign key of fk_field set to NULL, or to the columns' defaults. */
static void
let_go(WCompiler *w, PslField *fk_field, WTarget *children, QCondition cond, bool to_default)
{
	QStatement *st = w_statement(w);
	int			k;

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

	if (depth > MAX_CASCADE_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("P2009: the emulated referential actions cascade deeper than %d relations",
						MAX_CASCADE_DEPTH)));
	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];
		PslRelation *r = f->relation;
		WTarget    *children;

		if (f->kind != PSL_FIELD_RELATION || f->ignored)
			continue;
		if (r->kind == PSL_REL_MANY_TO_MANY)
		{
			delete_join_rows(w, f, t, cond);
			continue;
		}
		if (w_holds_fk(f))
			continue;
		children = palloc0(sizeof(WTarget));
		children->via = f;
		children->via_target = t;
		switch (r->on_delete)
		{
			case PSL_ACTION_CASCADE:
				emulate_delete(w, r->fk_field->model, children, cond, depth + 1);
				w_delete(w, r->fk_field->model, children, cond, false, 0);
				break;
			case PSL_ACTION_SET_NULL:
			case PSL_ACTION_SET_DEFAULT:
				let_go(w, r->fk_field, children, cond, r->on_delete == PSL_ACTION_SET_DEFAULT);
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
 * After the record's referenced fields changed from `before` to `after`:
 * the rows that referred to the old values follow, let go, or fail.
 */
void
w_emulate_update(WCompiler *w, QData *d, WRecord *before, WRecord *after, QCondition cond)
{
	int			i,
				k;

	if (!w->doc->emulate_relations)
		return;
	for (i = 0; i < d->model->fields.len; i++)
	{
		PslField   *f = d->model->fields.items[i];
		PslField   *fk;
		PslVec	   *refs;
		QStatement *st;
		StringInfoData changed;
		WTarget		children = {0};

		if (f->kind != PSL_FIELD_RELATION || f->ignored || f->relation->kind == PSL_REL_MANY_TO_MANY ||
			w_holds_fk(f) || !writes_referenced(d, f))
			continue;
		fk = f->relation->fk_field;
		refs = &fk->rel_references;
		st = w_statement(w);
		/* the rows that referred to the old values, when a value changed */
		initStringInfo(&changed);
		appendStringInfoString(&changed, " AND NOT (");
		for (k = 0; k < refs->len; k++)
			appendStringInfo(&changed, "%sCOALESCE(%s %s %s, false)", k ? " AND " : "",
							 w_ref_sql(w, st, before, refs->items[k], false),
							 query_operator_sql(refs->items[k], "="),
							 w_ref_sql(w, st, after, refs->items[k], false));
		appendStringInfoChar(&changed, ')');
		children.relation = f;
		children.parent = before;
		switch (f->relation->on_update)
		{
			case PSL_ACTION_CASCADE:
			case PSL_ACTION_SET_NULL:
			case PSL_ACTION_SET_DEFAULT:
				appendStringInfo(&st->sql, "UPDATE %s AS t SET ", query_table_sql(fk->model));
				for (k = 0; k < fk->rel_fields.len; k++)
					appendStringInfo(&st->sql, "%s%s = %s", k ? ", " : "",
									 quote_identifier(((PslField *) fk->rel_fields.items[k])->db_name),
									 f->relation->on_update == PSL_ACTION_CASCADE ?
									 w_ref_sql(w, st, after, refs->items[k], false) :
									 f->relation->on_update == PSL_ACTION_SET_NULL ? "NULL" : "DEFAULT");
				appendStringInfoString(&st->sql, " WHERE ");
				w_target_sql(w, st, &st->sql, &children, fk->model, "t");
				appendStringInfoString(&st->sql, changed.data);
				w_step(w, st, fk->model, cond);
				break;
			default:			/* Restrict, NoAction */
				appendStringInfo(&st->sql, "SELECT 1 FROM %s t WHERE ", query_table_sql(fk->model));
				w_target_sql(w, st, &st->sql, &children, fk->model, "t");
				appendStringInfoString(&st->sql, changed.data);
				w_check(w, w_step(w, st, fk->model, cond), QCHECK_EMPTY, w_relation_violation(fk));
				break;
		}
	}
}
