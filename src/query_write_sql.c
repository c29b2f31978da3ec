/*
 * query_write_sql.c
 *		The steps of write programs: INSERT, UPDATE, DELETE and SELECT
 *		statements on one model, the references that carry a record one
 *		step returned into the steps after it, and the step that builds
 *		the JSON of the returned records with the read's selection compiler.
 *
 * Like the reads, every value is a bound parameter (a constant from the
 * document, or a value an earlier step returned, QParamRef), identifiers
 * come from the schema, quoted, and functions and operators are schema-
 * qualified ("Name resolution" in prisma_ext.h).
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "query_write_sql.h"

/* A compiler for one write document. */
WCompiler *
w_new(QDocument *doc)
{
	WCompiler  *w = palloc0(sizeof(WCompiler));

	w->doc = doc;
	w->arena = doc->arena;
	w->program = palloc0(sizeof(QProgram));
	w->program->result_step = -1;
	return w;
}

/*
 * The link columns of model m: its identity, and the fields its relations
 * are correlated on (the foreign keys it holds, the fields others reference).
 */
PslVec *
w_link_fields(WCompiler *w, PslModel *m)
{
	PslVec	   *out = query_identity_fields(w->arena, m);
	int			i,
				k;

	for (i = 0; i < m->fields.len; i++)
	{
		PslField   *f = m->fields.items[i];
		PslRelation *r = f->relation;

		if (f->kind != PSL_FIELD_RELATION || f->ignored || r->kind == PSL_REL_MANY_TO_MANY)
			continue;
		if (f == r->fk_field)
			for (k = 0; k < f->rel_fields.len; k++)
				query_add_field_once(w->arena, out, f->rel_fields.items[k]);
		else
			for (k = 0; k < r->fk_field->rel_references.len; k++)
				query_add_field_once(w->arena, out, r->fk_field->rel_references.items[k]);
	}
	return out;
}

QStatement *
w_statement(WCompiler *w)
{
	return query_new_statement(w->arena);
}

/* Append a step; its index. */
int
w_step(WCompiler *w, QStatement *st, PslModel *m, QCondition cond)
{
	QStep	   *step = palloc0(sizeof(QStep));

	step->st = st;
	step->model = m;
	step->cond = cond;
	psl_vec_push(w->arena, &w->program->steps, step);
	return w->program->steps.len - 1;
}

/*
 * Steps first..last are undone, as if they had not run, unless step
 * keep_if returned rows (query_exec.c runs them in a subtransaction).
 */
void
w_undo_unless_rows(WCompiler *w, int first, int last, int keep_if)
{
	QStep	   *s = w->program->steps.items[first];

	Assert(first > 0 && first <= keep_if && keep_if <= last);
	s->undo_last = last;
	s->undo_keep_if = keep_if;
}

/* The row count a step must have, and the text of the error otherwise. */
void
w_check(WCompiler *w, int step, QCheck check, const char *message)
{
	QStep	   *s = w->program->steps.items[step];

	s->check = check;
	s->check_message = message;
}

/* Let a step's row count add to the document's {"count": n}. */
void
w_count_rows(WCompiler *w, int step)
{
	((QStep *) w->program->steps.items[step])->counts = true;
}

/* The record a step returns, its link columns from column `offset`. */
WRecord *
w_record(WCompiler *w, PslModel *m, int step, int offset)
{
	WRecord    *rec = palloc0(sizeof(WRecord));

	rec->model = m;
	rec->nsteps = 1;
	rec->steps = palloc(sizeof(int) * 1);
	rec->steps[0] = step;
	rec->offset = offset;
	return rec;
}

/* The record a or b, whichever step returned it (same model and columns). */
WRecord *
w_record_either(WCompiler *w, WRecord *a, WRecord *b)
{
	WRecord    *rec = palloc0(sizeof(WRecord));

	Assert(a->offset == b->offset);
	rec->model = a->model;
	rec->offset = a->offset;
	rec->nsteps = a->nsteps + b->nsteps;
	rec->steps = palloc(sizeof(int) * rec->nsteps);
	memcpy(rec->steps, a->steps, sizeof(int) * a->nsteps);
	memcpy(rec->steps + a->nsteps, b->steps, sizeof(int) * b->nsteps);
	return rec;
}

/* Conditional writes (upsert, connectOrCreate) nested past what a step's condition holds. */
static void
conditions_too_deep(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("P2009: the write nests upserts and connectOrCreates inside each other deeper than prisma_ext supports"),
			 errdetail("{\"code\":\"P2009\",\"meta\":{\"notSupported\":true}}"),
			 errhint("Split the write into several documents of one batch.")));
}

QCondition
w_always(void)
{
	QCondition c;

	memset(&c, 0, sizeof(c));
	return c;
}

/* Run when the record exists (one of its steps returned it). */
QCondition
w_when(WRecord *rec)
{
	QCondition c = w_always();
	int			i;

	if (rec->nsteps > QCOND_MAX)
		conditions_too_deep();
	for (i = 0; i < rec->nsteps; i++)
		c.some[c.nsome++] = rec->steps[i];
	return c;
}

/* base, and only when `step` returned no row. */
QCondition
w_unless(QCondition base, int step)
{
	if (base.nnone == QCOND_MAX)
		conditions_too_deep();
	base.none[base.nnone++] = step;
	return base;
}

/* A fresh table alias. */
char *
w_alias(WCompiler *w)
{
	return psprintf("w%d", ++w->next_alias);
}

/* "$n::type" taking field f of a returned record (an array of it with `array`). */
char *
w_ref_sql(WCompiler *w, QStatement *st, WRecord *rec, PslField *f, bool array)
{
	QParamRef  *ref = palloc0(sizeof(QParamRef));
	int			i = query_field_index(w_link_fields(w, rec->model), f);

	if (i < 0)
		elog(ERROR, "prisma_ext: field \"%s\" is not a link column of \"%s\"", f->name, rec->model->name);
	ref->nsteps = rec->nsteps;
	ref->steps = palloc(sizeof(int) * rec->nsteps);
	memcpy(ref->steps, rec->steps, sizeof(int) * rec->nsteps);
	ref->column = rec->offset + i;
	ref->array = array;
	return psprintf("$%d::%s%s", query_add_param_ref(st, ref), query_field_type_sql(f),
					array ? "[]" : "");
}

/* " RETURNING <link columns>" of m. */
void
w_returning(WCompiler *w, StringInfo out, PslModel *m, const char *alias)
{
	PslVec	   *link = w_link_fields(w, m);
	int			i;

	for (i = 0; i < link->len; i++)
		appendStringInfo(out, "%s%s", i ? ", " : " RETURNING ", query_column_sql(alias, link->items[i]));
}

/* " AND " between conditions. */
static void
and_sep(StringInfo out, int start)
{
	if (out->len > start)
		appendStringInfoString(out, " AND ");
}

/* a.x = $ref(rec.y) AND ... for the column lists. */
static void
columns_equal_refs(WCompiler *w, QStatement *st, StringInfo out, const char *alias, PslVec *columns,
				   WRecord *rec, PslVec *sources)
{
	int			i;

	for (i = 0; i < columns->len; i++)
		appendStringInfo(out, "%s%s %s %s", i ? " AND " : "", query_column_sql(alias, columns->items[i]),
						 query_operator_sql(columns->items[i], "="),
						 w_ref_sql(w, st, rec, sources->items[i], false));
}

/*
 * alias's identity is one of those of the rows rec's steps returned:
 * EXISTS over the unnested arrays of their identity columns.
 */
static void
any_of_rows_sql(WCompiler *w, QStatement *st, StringInfo out, const char *alias, PslModel *m,
				WRecord *rec)
{
	PslVec	   *id = query_identity_fields(w->arena, m);
	char	   *k = w_alias(w);
	int			i;

	appendStringInfoString(out, "EXISTS (SELECT 1 FROM pg_catalog.unnest(");
	for (i = 0; i < id->len; i++)
		appendStringInfo(out, "%s%s", i ? ", " : "", w_ref_sql(w, st, rec, id->items[i], true));
	appendStringInfo(out, ") AS %s(", k);
	for (i = 0; i < id->len; i++)
		appendStringInfo(out, "%sc%d", i ? ", " : "", i + 1);
	appendStringInfoString(out, ") WHERE ");
	for (i = 0; i < id->len; i++)
		appendStringInfo(out, "%s%s %s %s.c%d", i ? " AND " : "", query_column_sql(alias, id->items[i]),
						 query_operator_sql(id->items[i], "="), k, i + 1);
	appendStringInfoChar(out, ')');
}

/*
 * The rows of relation f (a field of the parent's model) connected to
 * the parent record: the condition on the related table's `alias`.
 */
static void
scope_sql(WCompiler *w, QStatement *st, StringInfo out, PslField *f, WRecord *parent,
		  const char *alias)
{
	PslRelation *r = f->relation;

	if (r->kind == PSL_REL_MANY_TO_MANY)
	{
		char	   *m = w_alias(w);
		bool		parent_is_a = f == r->field_a;
		PslField   *parent_id = query_identity_fields(w->arena, f->model)->items[0];
		PslField   *child_id = query_identity_fields(w->arena, f->related_model)->items[0];

		appendStringInfo(out, "EXISTS (SELECT 1 FROM %s.%s %s WHERE %s.%s %s %s AND %s.%s %s %s)",
						 quote_identifier(r->join_schema ? r->join_schema : "public"),
						 quote_identifier(r->join_table), m,
						 m, parent_is_a ? "\"B\"" : "\"A\"", query_operator_sql(child_id, "="),
						 query_column_sql(alias, child_id),
						 m, parent_is_a ? "\"A\"" : "\"B\"", query_operator_sql(parent_id, "="),
						 w_ref_sql(w, st, parent, parent_id, false));
	}
	else if (f == r->fk_field)
		/* the parent holds the foreign key: the record it references */
		columns_equal_refs(w, st, out, alias, &f->rel_references, parent, &f->rel_fields);
	else
		/* the related records hold it */
		columns_equal_refs(w, st, out, alias, &r->fk_field->rel_fields, parent,
						   &r->fk_field->rel_references);
}

/* The WHERE condition of a target on `alias` ("true" for every row). */
void
w_target_sql(WCompiler *w, QStatement *st, StringInfo out, WTarget *t, PslModel *m,
			 const char *alias)
{
	int			start = out->len;

	if (t->where)
	{
		appendStringInfoChar(out, '(');
		query_filter_sql(st, out, t->where, alias, &w->next_alias);
		appendStringInfoChar(out, ')');
	}
	if (t->relation)
	{
		and_sep(out, start);
		scope_sql(w, st, out, t->relation, t->parent, alias);
	}
	if (t->keys)
	{
		PslVec	   *id = query_identity_fields(w->arena, m);

		and_sep(out, start);
		columns_equal_refs(w, st, out, alias, id, t->keys, id);
	}
	if (t->key_rows)
	{
		and_sep(out, start);
		any_of_rows_sql(w, st, out, alias, m, t->key_rows);
	}
	if (t->via)
	{
		/* related through `via` to a row the parent target finds */
		PslField   *via = t->via;
		PslRelation *r = via->relation;
		PslModel   *parent = via->model;
		char	   *p = w_alias(w);
		PslVec	   *mine = via == r->fk_field ? &r->fk_field->rel_references : &r->fk_field->rel_fields;
		PslVec	   *theirs = via == r->fk_field ? &r->fk_field->rel_fields : &r->fk_field->rel_references;
		int			i;

		and_sep(out, start);
		appendStringInfo(out, "EXISTS (SELECT 1 FROM %s %s WHERE ", query_table_sql(parent), p);
		for (i = 0; i < mine->len; i++)
			appendStringInfo(out, "%s %s %s AND ", query_column_sql(alias, mine->items[i]),
							 query_operator_sql(mine->items[i], "="), query_column_sql(p, theirs->items[i]));
		w_target_sql(w, st, out, t->via_target, parent, p);
		appendStringInfoChar(out, ')');
	}
	if (t->not_keys)
	{
		PslVec	   *id = query_identity_fields(w->arena, m);

		and_sep(out, start);
		appendStringInfoString(out, "NOT COALESCE(");
		columns_equal_refs(w, st, out, alias, id, t->not_keys, id);
		appendStringInfoString(out, ", false)");
	}
	if (out->len == start)
		appendStringInfoString(out, "true");
}

/*
 * Links that set the foreign key of relation field fk_field (held by the
 * record being written) to the fields of `parent` it references.
 */
void
w_links_from(WCompiler *w, PslVec *links, PslField *fk_field, WRecord *parent)
{
	int			k;

	for (k = 0; k < fk_field->rel_fields.len; k++)
	{
		WLink	   *l = palloc0(sizeof(WLink));

		l->column = fk_field->rel_fields.items[k];
		l->rec = parent;
		l->source = parent ? fk_field->rel_references.items[k] : NULL;
		psl_vec_push(w->arena, links, l);
	}
}

/* The SQL of a link's value. */
static char *
link_sql(WCompiler *w, QStatement *st, WLink *l)
{
	if (l->rec == NULL)
		return psprintf("NULL::%s", query_field_type_sql(l->column));
	return w_ref_sql(w, st, l->rec, l->source, false);
}

/* INSERT INTO <table> AS t (...) VALUES (...) of one record. */
static void
insert_sql(WCompiler *w, QStatement *st, QData *d, PslVec *links)
{
	StringInfoData cols,
				vals;
	int			i;

	initStringInfo(&cols);
	initStringInfo(&vals);
	for (i = 0; i < d->assigns.len; i++)
	{
		QAssign    *a = d->assigns.items[i];

		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(a->field->db_name));
		appendStringInfo(&vals, "%s%s", vals.len ? ", " : "", query_param_sql(st, a->value, false));
	}
	for (i = 0; links && i < links->len; i++)
	{
		WLink	   *l = links->items[i];

		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(l->column->db_name));
		appendStringInfo(&vals, "%s%s", vals.len ? ", " : "", link_sql(w, st, l));
	}
	appendStringInfo(&st->sql, "INSERT INTO %s AS t", query_table_sql(d->model));
	if (cols.len)
		appendStringInfo(&st->sql, " (%s) VALUES (%s)", cols.data, vals.data);
	else
		appendStringInfoString(&st->sql, " DEFAULT VALUES");
}

/* One created record: INSERT ... VALUES ... RETURNING <link columns>. */
int
w_insert(WCompiler *w, QData *d, PslVec *links, QCondition cond, bool skip_conflicts)
{
	QStatement *st = w_statement(w);

	insert_sql(w, st, d, links);
	if (skip_conflicts)
		appendStringInfoString(&st->sql, " ON CONFLICT DO NOTHING");
	w_returning(w, &st->sql, d->model, "t");
	return w_step(w, st, d->model, cond);
}

/*
 * rows[from..to) of a createMany, which assign the same fields in the same
 * order: one INSERT ... SELECT FROM ROWS FROM (unnest(<one array per
 * column>), ...), so that one plan serves every batch size.
 */
int
w_insert_rows(WCompiler *w, PslModel *m, PslVec *rows, int from, int to, PslVec *links,
			  QCondition cond, bool skip_conflicts)
{
	QStatement *st = w_statement(w);
	QData	   *first = rows->items[from];
	StringInfoData cols,
				vals,
				arrays,
				names;
	int			i,
				r;

	initStringInfo(&cols);
	initStringInfo(&vals);
	initStringInfo(&arrays);
	initStringInfo(&names);
	for (i = 0; i < first->assigns.len; i++)
	{
		PslField   *f = ((QAssign *) first->assigns.items[i])->field;
		QValue	   *column = palloc0(sizeof(QValue));
		StringInfoData lit;

		initStringInfo(&lit);
		appendStringInfoChar(&lit, '{');
		for (r = from; r < to; r++)
		{
			QValue	   *v = ((QAssign *) ((QData *) rows->items[r])->assigns.items[i])->value;

			if (r > from)
				appendStringInfoChar(&lit, ',');
			if (v->is_null)
				appendStringInfoString(&lit, "NULL");
			else
				query_append_array_element(&lit, v->text);
		}
		appendStringInfoChar(&lit, '}');
		column->field = f;
		column->is_list = true;
		column->text = lit.data;
		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(f->db_name));
		appendStringInfo(&arrays, "%spg_catalog.unnest(%s)", i ? ", " : "", query_param_sql(st, column, true));
		appendStringInfo(&names, "%sc%d", i ? ", " : "", i + 1);
		appendStringInfo(&vals, "%su.c%d", vals.len ? ", " : "", i + 1);
	}
	for (i = 0; links && i < links->len; i++)
	{
		WLink	   *l = links->items[i];

		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(l->column->db_name));
		appendStringInfo(&vals, "%s%s", vals.len ? ", " : "", link_sql(w, st, l));
	}
	appendStringInfo(&st->sql, "INSERT INTO %s AS t", query_table_sql(m));
	if (cols.len)
		appendStringInfo(&st->sql, " (%s)", cols.data);
	appendStringInfo(&st->sql, " SELECT %s", vals.data);
	if (first->assigns.len)
		appendStringInfo(&st->sql, " FROM ROWS FROM (%s) AS u(%s)", arrays.data, names.data);
	else
		appendStringInfo(&st->sql, " FROM pg_catalog.generate_series(1, $%d::pg_catalog.int4)",
						 query_add_param(st, psprintf("%d", to - from)));
	if (skip_conflicts)
		appendStringInfoString(&st->sql, " ON CONFLICT DO NOTHING");
	w_returning(w, &st->sql, m, "t");
	return w_step(w, st, m, cond);
}

/* The new value of an assignment: the value, or an atomic operation on the column. */
char *
w_assign_sql(QStatement *st, QAssign *a, const char *alias)
{
	char	   *col = query_column_sql(alias, a->field);
	char	   *v;

	/* money has no money * money: Prisma's untyped factor resolves to a float8 */
	if (a->op == QA_MULTIPLY && a->field->native_type &&
		strcmp(a->field->native_type->name, "Money") == 0)
		v = psprintf("$%d::pg_catalog.float8", query_add_value_param(st, a->value));
	else
		v = query_param_sql(st, a->value, false);

	switch (a->op)
	{
		case QA_SET:
			return v;
		case QA_INCREMENT:
			return psprintf("%s OPERATOR(pg_catalog.+) %s", col, v);
		case QA_DECREMENT:
			return psprintf("%s OPERATOR(pg_catalog.-) %s", col, v);
		case QA_MULTIPLY:
			return psprintf("%s OPERATOR(pg_catalog.*) %s", col, v);
		case QA_DIVIDE:
			return psprintf("%s OPERATOR(pg_catalog./) %s", col, v);
		case QA_PUSH:
			return psprintf("pg_catalog.array_cat(COALESCE(%s, '{}'::%s), %s)", col,
							query_field_type_sql(a->field), v);
	}
	return v;
}

/* " WHERE <target>", or with a limit the first `limit` of them by identity. */
static void
limited_target_sql(WCompiler *w, QStatement *st, WTarget *t, PslModel *m, bool has_limit,
				   int64 limit)
{
	PslVec	   *id;
	char	   *inner;
	int			i;

	appendStringInfoString(&st->sql, " WHERE ");
	if (!has_limit)
	{
		w_target_sql(w, st, &st->sql, t, m, "t");
		return;
	}
	id = query_identity_fields(w->arena, m);
	inner = w_alias(w);
	appendStringInfoString(&st->sql, "EXISTS (SELECT 1 FROM (SELECT ");
	for (i = 0; i < id->len; i++)
		appendStringInfo(&st->sql, "%s%s", i ? ", " : "", query_column_sql(inner, id->items[i]));
	appendStringInfo(&st->sql, " FROM %s %s WHERE ", query_table_sql(m), inner);
	w_target_sql(w, st, &st->sql, t, m, inner);
	appendStringInfo(&st->sql, " LIMIT $%d::pg_catalog.int8) l WHERE ",
					 query_add_param(st, psprintf(INT64_FORMAT, limit)));
	for (i = 0; i < id->len; i++)
		appendStringInfo(&st->sql, "%s%s %s %s", i ? " AND " : "", query_column_sql("l", id->items[i]),
						 query_operator_sql(id->items[i], "="), query_column_sql("t", id->items[i]));
	appendStringInfoChar(&st->sql, ')');
}

/* SELECT <link columns> of the target's rows (FOR UPDATE with lock; the first `limit`). */
static int
select_sql(WCompiler *w, PslModel *m, WTarget *t, QCondition cond, bool lock, bool has_limit,
		   int64 limit)
{
	QStatement *st = w_statement(w);
	PslVec	   *link = w_link_fields(w, m);
	int			i;

	appendStringInfoString(&st->sql, "SELECT ");
	for (i = 0; i < link->len; i++)
		appendStringInfo(&st->sql, "%s%s", i ? ", " : "", query_column_sql("t", link->items[i]));
	appendStringInfo(&st->sql, " FROM %s t", query_table_sql(m));
	limited_target_sql(w, st, t, m, has_limit, limit);
	if (lock)
		appendStringInfoString(&st->sql, " FOR UPDATE OF t");
	return w_step(w, st, m, cond);
}

/* SELECT <link columns> of the target's rows (FOR UPDATE with lock). */
int
w_select(WCompiler *w, PslModel *m, WTarget *t, QCondition cond, bool lock)
{
	return select_sql(w, m, t, cond, lock, false, 0);
}

/* The target's rows, the first `limit` of them with has_limit. */
int
w_select_many(WCompiler *w, PslModel *m, WTarget *t, bool has_limit, int64 limit)
{
	return select_sql(w, m, t, w_always(), false, has_limit, limit);
}

/*
 * The target of a limited write whose referential actions are emulated
 * (query_emulate.c): the first `limit` rows of t, locked, as a target of
 * their identities, so that the emulation and the write act on the same
 * rows; *has_limit becomes false.  Otherwise t itself.
 */
WTarget *
w_limited_target(WCompiler *w, PslModel *m, WTarget *t, bool emulate, bool *has_limit, int64 limit)
{
	WTarget    *rows;

	if (!emulate || !*has_limit)
		return t;
	rows = palloc0(sizeof(WTarget));
	rows->key_rows = w_record(w, m, select_sql(w, m, t, w_always(), true, true, limit), 0);
	*has_limit = false;
	return rows;
}

/* col = value, ... of an UPDATE (or of ON CONFLICT DO UPDATE) on alias t. */
static void
set_list_sql(WCompiler *w, QStatement *st, PslVec *assigns, PslVec *links)
{
	int			i,
				n = 0;

	for (i = 0; assigns && i < assigns->len; i++)
	{
		QAssign    *a = assigns->items[i];

		appendStringInfo(&st->sql, "%s%s = %s", n++ ? ", " : "", quote_identifier(a->field->db_name),
						 w_assign_sql(st, a, "t"));
	}
	for (i = 0; links && i < links->len; i++)
	{
		WLink	   *l = links->items[i];

		appendStringInfo(&st->sql, "%s%s = %s", n++ ? ", " : "", quote_identifier(l->column->db_name),
						 link_sql(w, st, l));
	}
}

/* UPDATE the target's rows: the assignments and links; RETURNING <link columns>. */
int
w_update(WCompiler *w, PslModel *m, PslVec *assigns, PslVec *links, WTarget *t, QCondition cond,
		 bool has_limit, int64 limit)
{
	QStatement *st = w_statement(w);

	appendStringInfo(&st->sql, "UPDATE %s AS t SET ", query_table_sql(m));
	set_list_sql(w, st, assigns, links);
	limited_target_sql(w, st, t, m, has_limit, limit);
	w_returning(w, &st->sql, m, "t");
	return w_step(w, st, m, cond);
}

/*
 * A native upsert: INSERT the created record, or on a conflict on the
 * unique `conflict` field UPDATE the existing one; RETURNING <link columns>.
 */
int
w_upsert(WCompiler *w, QData *create, PslVec *assigns, PslField *conflict)
{
	QStatement *st = w_statement(w);

	insert_sql(w, st, create, NULL);
	appendStringInfo(&st->sql, " ON CONFLICT (%s) DO UPDATE SET ", quote_identifier(conflict->db_name));
	if (assigns->len > 0)
		set_list_sql(w, st, assigns, NULL);
	else
		/* nothing to update: the row is still returned */
		appendStringInfo(&st->sql, "%s = %s", quote_identifier(conflict->db_name),
						 query_column_sql("t", conflict));
	w_returning(w, &st->sql, create->model, "t");
	return w_step(w, st, create->model, w_always());
}

/* DELETE the target's rows. */
int
w_delete(WCompiler *w, PslModel *m, WTarget *t, QCondition cond, bool has_limit, int64 limit)
{
	QStatement *st = w_statement(w);

	appendStringInfo(&st->sql, "DELETE FROM %s AS t", query_table_sql(m));
	limited_target_sql(w, st, t, m, has_limit, limit);
	return w_step(w, st, m, cond);
}

/*
 * The step that builds the JSON of the returned record (or, with many, of
 * every record the steps returned, in their order) with the document's
 * selection, after every write.
 */
int
w_result(WCompiler *w, WRecord *rec, bool many)
{
	QStatement *st = w_statement(w);
	QRead	   *read = w->doc->read;
	PslModel   *m = rec->model;
	PslVec	   *columns = query_selection_columns(w->arena, read);
	PslVec	   *id = query_identity_fields(w->arena, m);
	StringInfoData rows;
	int			i;

	initStringInfo(&rows);
	appendStringInfoString(&rows, "SELECT ");
	for (i = 0; i < columns->len; i++)
		appendStringInfo(&rows, "%s, ", query_column_sql("r0", columns->items[i]));
	if (!many)
	{
		appendStringInfo(&rows, "NULL AS \"__row\" FROM %s r0 WHERE ", query_table_sql(m));
		columns_equal_refs(w, st, &rows, "r0", id, rec, id);
		query_selection_json(st, &st->sql, read, "r0", rows.data, NULL, &w->next_alias);
	}
	else
	{
		StringInfoData inner;

		appendStringInfo(&rows, "k.o AS \"__o\" FROM %s r0 JOIN ROWS FROM (", query_table_sql(m));
		for (i = 0; i < id->len; i++)
			appendStringInfo(&rows, "%spg_catalog.unnest(%s)", i ? ", " : "", w_ref_sql(w, st, rec, id->items[i], true));
		appendStringInfoString(&rows, ") WITH ORDINALITY AS k(");
		for (i = 0; i < id->len; i++)
			appendStringInfo(&rows, "k%d, ", i + 1);
		appendStringInfoString(&rows, "o) ON ");
		for (i = 0; i < id->len; i++)
			appendStringInfo(&rows, "%sr0.%s %s k.k%d", i ? " AND " : "",
							 quote_identifier(((PslField *) id->items[i])->db_name),
							 query_operator_sql(id->items[i], "="), i + 1);
		initStringInfo(&inner);
		query_selection_json(st, &inner, read, "r0", rows.data, ", r0.\"__o\" AS o", &w->next_alias);
		appendStringInfo(&st->sql, "SELECT COALESCE(pg_catalog.json_agg(r.v ORDER BY r.o), '[]'::pg_catalog.json) FROM (%s) r",
						 inner.data);
	}
	w->program->result_step = w_step(w, st, m, w_always());
	return w->program->result_step;
}

/* The compiled program. */
QProgram *
w_program(WCompiler *w)
{
	w->program->read_only = false;
	return w->program;
}

/* Prisma's text for a related record a nested operation needs but cannot find. */
char *
w_missing_related(PslField *f, const char *operation)
{
	const char *kind = f->relation->kind == PSL_REL_MANY_TO_MANY ? "many-to-many" :
		f->relation->kind == PSL_REL_ONE_TO_ONE ? "one-to-one" : "one-to-many";

	return psprintf("An operation failed because it depends on one or more records that were required but not found. No '%s' record was found for %s on %s relation '%s'.",
					f->related_model->name, operation, kind, f->relation->name);
}
