/*
 * query_nested.c
 *		Nested writes -> steps: create, createMany, connect,
 *		connectOrCreate, disconnect, set, update, updateMany, upsert,
 *		delete and deleteMany on every relation kind, to any depth.
 *
 * Which statement a nested write becomes depends on where the foreign
 * key is:
 *   - the record holds it (to-one, "owning" side): the related record is
 *     found or created first and the record's foreign key set to it
 *     (w_resolve_parent), or the related record is reached through the
 *     record's foreign key (w_nested_owned_after);
 *   - the related records hold it (1-1 back side, 1-n list side): their
 *     foreign key is set to the record, or they are reached through it;
 *   - m-n: rows of the join table are inserted or deleted.
 * A to-one relation holds one record: connecting or creating another one
 * first disconnects the old one, or raises P2014 when its foreign key is
 * required.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/builtins.h"

#include "query_write_sql.h"

/* Does the record of f's model hold the foreign key of relation f? */
bool
w_holds_fk(PslField *f)
{
	return f->relation->kind != PSL_REL_MANY_TO_MANY && f == f->relation->fk_field;
}

/* A filter matching what `f` does not. */
static QFilter *
not_filter(WCompiler *w, QFilter *f)
{
	QFilter    *n = palloc0(sizeof(QFilter));

	n->kind = QF_NOT;
	psl_vec_push(w->arena, &n->children, f);
	return n;
}

/* A filter matching any of the filters (NULL for none). */
static QFilter *
any_filter(WCompiler *w, PslVec *filters)
{
	QFilter    *o;
	int			i;

	if (filters->len == 0)
		return NULL;
	o = palloc0(sizeof(QFilter));
	o->kind = QF_OR;
	for (i = 0; i < filters->len; i++)
		psl_vec_push(w->arena, &o->children, filters->items[i]);
	return o;
}

/* Prisma's P2017 text for relation f. */
static char *
not_connected(PslField *f)
{
	return psprintf("The records for relation `%s` between the `%s` and `%s` models are not connected.",
					f->relation->name, f->model->name, f->related_model->name);
}

/*
 * The records of `model` that `target` finds lose their foreign key of
 * relation fk_field: set to NULL, or P2014 when it is required.
 */
static void
detach(WCompiler *w, PslModel *model, PslField *fk_field, WTarget *target, QCondition cond)
{
	if (query_relation_optional(fk_field))
	{
		PslVec		links = {0};

		w_links_from(w, &links, fk_field, NULL);
		w_update(w, model, NULL, &links, target, cond, false, 0);
	}
	else
		w_check(w, w_select(w, model, target, cond, false), QCHECK_EMPTY,
				w_relation_violation(fk_field));
}

/*
 * Before a to-one relation f (whose related record holds the foreign key)
 * of `rec` gets a new record: the old one, unless it matches `keep`, is
 * disconnected.
 */
static void
detach_old_child(WCompiler *w, PslField *f, WRecord *rec, QCondition cond, QFilter *keep)
{
	WTarget		t = {0};

	t.relation = f;
	t.parent = rec;
	t.where = keep ? not_filter(w, keep) : NULL;
	detach(w, f->related_model, query_opposite_field(f), &t, cond);
}

/* A row of the m-n join table of f between `rec` and `child`. */
static void
join_insert(WCompiler *w, PslField *f, WRecord *rec, WRecord *child, QCondition cond)
{
	PslRelation *r = f->relation;
	QStatement *st = w_statement(w);
	char	   *mine = w_ref_sql(w, st, rec, query_identity_fields(w->arena, f->model)->items[0], false);
	char	   *theirs = w_ref_sql(w, st, child,
								   query_identity_fields(w->arena, f->related_model)->items[0], false);
	bool		a = f == r->field_a;

	appendStringInfo(&st->sql, "INSERT INTO %s.%s (\"A\", \"B\") VALUES (%s, %s) ON CONFLICT DO NOTHING",
					 quote_identifier(r->join_schema ? r->join_schema : "public"),
					 quote_identifier(r->join_table), a ? mine : theirs, a ? theirs : mine);
	w_step(w, st, f->model, cond);
}

/* Delete the join rows of f from `rec` to the related records `target` finds (all: NULL). */
static void
join_delete(WCompiler *w, PslField *f, WRecord *rec, WTarget *target, QCondition cond)
{
	PslRelation *r = f->relation;
	QStatement *st = w_statement(w);
	PslField   *my_id = query_identity_fields(w->arena, f->model)->items[0];
	PslField   *their_id = query_identity_fields(w->arena, f->related_model)->items[0];
	bool		a = f == r->field_a;

	appendStringInfo(&st->sql, "DELETE FROM %s.%s j WHERE j.%s %s %s",
					 quote_identifier(r->join_schema ? r->join_schema : "public"),
					 quote_identifier(r->join_table), a ? "\"A\"" : "\"B\"",
					 query_operator_sql(my_id, "="), w_ref_sql(w, st, rec, my_id, false));
	if (target)
	{
		appendStringInfo(&st->sql, " AND EXISTS (SELECT 1 FROM %s t WHERE %s %s j.%s AND ",
						 query_table_sql(f->related_model), query_column_sql("t", their_id),
						 query_operator_sql(their_id, "="), a ? "\"B\"" : "\"A\"");
		w_target_sql(w, st, &st->sql, target, f->related_model, "t");
		appendStringInfoChar(&st->sql, ')');
	}
	w_step(w, st, f->model, cond);
}

/*
 * The related record of a relation the record holds the foreign key of,
 * for a nested create, connect or connectOrCreate.  self: the record, when
 * it exists already (an update); a 1-1 relation's related record first
 * loses the record it had.
 */
WRecord *
w_resolve_parent(WCompiler *w, QNested *n, QCondition cond, WRecord *self)
{
	PslField   *f = n->relation;
	PslModel   *related = f->related_model;
	WRecord    *parent;
	WTarget		t = {0};
	int			step;

	switch (n->op)
	{
		case QN_CREATE:
			parent = w_create_record(w, n->data, NULL, cond, false);
			break;
		case QN_CONNECT:
			t.where = n->where;
			step = w_select(w, related, &t, cond, false);
			w_check(w, step, QCHECK_FOUND, w_missing_related(f, "a nested connect"));
			parent = w_record(w, related, step, 0);
			break;
		case QN_CONNECT_OR_CREATE:
			t.where = n->where;
			step = w_select(w, related, &t, cond, false);
			parent = w_record_either(w, w_record(w, related, step, 0),
									 w_create_record(w, n->create, NULL, w_unless(cond, step), false));
			break;
		default:
			elog(ERROR, "prisma_ext: nested write %d does not connect a record", (int) n->op);
	}
	if (f->relation->kind == PSL_REL_ONE_TO_ONE)
	{
		/* the related record's other record of this model lets go */
		WTarget		others = {0};

		others.relation = query_opposite_field(f);
		others.parent = parent;
		others.not_keys = self;
		detach(w, f->model, f, &others, cond);
	}
	return parent;
}

/*
 * Nested writes on relations whose related records hold the foreign key
 * or that are m-n, after the record `rec` was created or found.
 */
void
w_nested_children(WCompiler *w, QData *d, WRecord *rec, bool creating)
{
	QCondition	cond = w_when(rec);
	int			i,
				k;

	for (i = 0; i < d->nested.len; i++)
	{
		QNested    *n = d->nested.items[i];
		PslField   *f = n->relation;
		PslField   *back = query_opposite_field(f);
		PslModel   *related = f->related_model;
		bool		mn = f->relation->kind == PSL_REL_MANY_TO_MANY;
		bool		to_one = f->arity != PSL_LIST;
		PslVec		links = {0};
		WTarget		t = {0};
		WRecord    *child;
		int			step;

		if (w_holds_fk(f))
			continue;
		CHECK_FOR_INTERRUPTS();
		if (!mn)
			w_links_from(w, &links, back, rec);
		t.where = n->where;
		t.relation = f;
		t.parent = rec;
		switch (n->op)
		{
			case QN_CREATE:
				if (!mn && !to_one && n->data->nested.len == 0)
				{
					/* a run of plain creates on the relation: one INSERT over arrays */
					PslVec		rows = {0};

					for (k = i; k < d->nested.len; k++)
					{
						QNested    *m = d->nested.items[k];

						if (m->relation != f || m->op != QN_CREATE || m->data->nested.len > 0)
							break;
						psl_vec_push(w->arena, &rows, m->data);
					}
					w_create_rows(w, related, &rows, &links, cond, false, NULL);
					i = k - 1;
					break;
				}
				if (to_one && !creating)
					detach_old_child(w, f, rec, cond, NULL);
				child = w_create_record(w, n->data, mn ? NULL : &links, cond, false);
				if (mn)
					join_insert(w, f, rec, child, w_when(child));
				break;
			case QN_CREATE_MANY:
				w_create_rows(w, related, &n->rows, &links, cond, n->skip_duplicates, NULL);
				break;
			case QN_CONNECT:
			case QN_CONNECT_OR_CREATE:
				t.relation = NULL;
				if (mn)
				{
					step = w_select(w, related, &t, cond, false);
					child = w_record(w, related, step, 0);
					if (n->op == QN_CONNECT_OR_CREATE)
						child = w_record_either(w, child, w_create_record(w, n->create, NULL,
																		  w_unless(cond, step), false));
					else
						w_check(w, step, QCHECK_FOUND, w_missing_related(f, "a nested connect"));
					join_insert(w, f, rec, child, w_when(child));
					break;
				}
				if (to_one && !creating)
					detach_old_child(w, f, rec, cond, n->where);
				step = w_update(w, related, NULL, &links, &t, cond, false, 0);
				if (n->op == QN_CONNECT_OR_CREATE)
					w_create_record(w, n->create, &links, w_unless(cond, step), false);
				else if (creating && !to_one)
					w_check(w, step, QCHECK_CONNECTED_AFTER,
							psprintf("The required connected records were not found. Expected 1 records to be connected after connect operation on %s relation '%s', found 0.",
									 "one-to-many", f->relation->name));
				else if (to_one)
					w_check(w, step, QCHECK_FOUND, w_missing_related(f, "a nested connect"));
				else
					w_check(w, step, QCHECK_FOUND,
							"An operation failed because it depends on one or more records that were required but not found. Expected 1 records to be connected, found only 0.");
				break;
			case QN_DISCONNECT:
				if (mn)
					join_delete(w, f, rec, &t, cond);
				else
					detach(w, related, back, &t, cond);
				break;
			case QN_SET:
				t.where = any_filter(w, &n->rows);
				if (t.where)
					t.where = not_filter(w, t.where);
				if (mn)
					join_delete(w, f, rec, t.where ? &t : NULL, cond);
				else
					detach(w, related, back, &t, cond);
				for (k = 0; k < n->rows.len; k++)
				{
					WTarget		one = {0};

					/* set connects the records it finds; a missing one is no error */
					one.where = n->rows.items[k];
					if (mn)
					{
						child = w_record(w, related, w_select(w, related, &one, cond, false), 0);
						join_insert(w, f, rec, child, w_when(child));
					}
					else
						w_update(w, related, NULL, &links, &one, cond, false, 0);
				}
				break;
			case QN_UPDATE:
				w_update_record(w, n->data, &t, cond, w_missing_related(f, "a nested update"));
				break;
			case QN_UPDATE_MANY:
				w_update(w, related, &n->data->assigns, NULL, &t, cond, false, 0);
				break;
			case QN_UPSERT:
				{
					WTarget		found = {0};

					step = w_select(w, related, &t, cond, true);
					found.keys = w_record(w, related, step, 0);
					w_update_record(w, n->data, &found, w_when(found.keys), NULL);
					if (to_one && !mn)
						detach_old_child(w, f, rec, w_unless(cond, step), NULL);
					child = w_create_record(w, n->create, mn ? NULL : &links, w_unless(cond, step), false);
					if (mn)
						join_insert(w, f, rec, child, w_when(child));
					break;
				}
			case QN_DELETE:
				w_emulate_delete(w, related, &t, cond);
				step = w_delete(w, related, &t, cond, false, 0);
				if (to_one)
					w_check(w, step, QCHECK_FOUND, w_missing_related(f, "a nested delete"));
				else
					w_check(w, step, QCHECK_CONNECTED, not_connected(f));
				break;
			case QN_DELETE_MANY:
				w_emulate_delete(w, related, &t, cond);
				w_delete(w, related, &t, cond, false, 0);
				break;
		}
	}
}

/*
 * In an update, the nested writes that change the foreign key the record
 * holds: the links its UPDATE sets.  `before` is the record as found.
 */
void
w_nested_owned(WCompiler *w, QData *d, WRecord *before, QCondition cond, PslVec *links)
{
	int			i;

	for (i = 0; i < d->nested.len; i++)
	{
		QNested    *n = d->nested.items[i];

		if (!w_holds_fk(n->relation))
			continue;
		if (n->op == QN_CREATE || n->op == QN_CONNECT || n->op == QN_CONNECT_OR_CREATE)
			w_links_from(w, links, n->relation, w_resolve_parent(w, n, cond, before));
		else if (n->op == QN_DISCONNECT && n->where == NULL)
			w_links_from(w, links, n->relation, NULL);
	}
}

/*
 * In an update, the nested writes that reach the related record through
 * the foreign key the record holds (update, upsert, delete, a filtered
 * disconnect), after the record's own UPDATE.
 */
void
w_nested_owned_after(WCompiler *w, QData *d, WRecord *before, QCondition cond)
{
	int			i;

	for (i = 0; i < d->nested.len; i++)
	{
		QNested    *n = d->nested.items[i];
		PslField   *f = n->relation;
		PslModel   *related = f->related_model;
		WTarget		t = {0};
		WTarget		self = {0};
		PslVec		links = {0};
		int			step;

		if (!w_holds_fk(f))
			continue;
		t.where = n->where;
		t.relation = f;
		t.parent = before;
		self.keys = before;
		switch (n->op)
		{
			case QN_UPDATE:
				w_update_record(w, n->data, &t, cond, w_missing_related(f, "a nested update"));
				break;
			case QN_UPSERT:
				{
					WTarget		found = {0};
					WRecord    *created;

					step = w_select(w, related, &t, cond, true);
					found.keys = w_record(w, related, step, 0);
					w_update_record(w, n->data, &found, w_when(found.keys), NULL);
					created = w_create_record(w, n->create, NULL, w_unless(cond, step), false);
					w_links_from(w, &links, f, created);
					w_update(w, f->model, NULL, &links, &self, w_when(created), false, 0);
					break;
				}
			case QN_DELETE:
				w_emulate_delete(w, related, &t, cond);
				step = w_delete(w, related, &t, cond, false, 0);
				w_check(w, step, QCHECK_FOUND, w_missing_related(f, "a nested delete"));
				break;
			case QN_DISCONNECT:
				if (n->where)
				{
					/* only when the connected record matches */
					step = w_select(w, related, &t, cond, false);
					w_links_from(w, &links, f, NULL);
					w_update(w, f->model, NULL, &links, &self, w_when(w_record(w, related, step, 0)),
							 false, 0);
				}
				break;
			default:
				break;
		}
	}
}
