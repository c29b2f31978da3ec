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
 * connectOrCreate's record: the one its where finds (selected, or, given
 * links, connected by setting them on it), else the one its create makes.  Race-free, as the non-native upsert: the create skips a conflict
 * (undoing the records it points to), and when a concurrent transaction
 * made the record meanwhile, it is found again; a conflict on another
 * unique constraint creates once more, raising P2002.  (Prisma reads, then
 * creates, and raises P2002 in that race.)
 */
static WRecord *
connect_or_create(WCompiler *w, PslModel *related, QNested *n, PslVec *links, QCondition cond)
{
	WTarget		t = {0};
	int			found,
				start,
				again;
	WRecord    *rec;
	WRecord    *created;

	t.where = n->where;
	found = links ? w_update(w, related, NULL, links, &t, cond, false, 0) : w_select(w, related, &t, cond, false);
	rec = w_record(w, related, found, 0);
	cond = w_unless(cond, found);
	start = w->program->steps.len;
	created = w_create_record(w, n->create, links, cond, true);
	if (created->steps[0] > start)
		w_undo_unless_rows(w, start, w->program->steps.len - 1, created->steps[0]);
	rec = w_record_either(w, rec, created);
	cond = w_unless(cond, created->steps[created->nsteps - 1]);
	again = links ? w_update(w, related, NULL, links, &t, cond, false, 0) : w_select(w, related, &t, cond, false);
	rec = w_record_either(w, rec, w_record(w, related, again, 0));
	return w_record_either(w, rec, w_create_record(w, n->create, links, w_unless(cond, again), false));
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
			parent = connect_or_create(w, related, n, NULL, cond);
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

/* A nested write on a relation of `rec` whose related records hold the key, or m-n. */
typedef struct NestedCx
{
	WCompiler  *w;
	QNested    *n;
	PslField   *f;				/* the relation field of rec's model */
	PslField   *back;			/* its other side */
	PslModel   *related;
	bool		mn;
	bool		to_one;
	bool		creating;		/* rec was just created */
	WRecord    *rec;
	QCondition	cond;			/* rec exists */
	PslVec		links;			/* the related records' key, set to rec (not m-n) */
	WTarget		t;				/* the related records of rec the write's where finds */
} NestedCx;

/*
 * create: the related record, its key set to rec (or an m-n row).  A run
 * of plain creates on a to-many relation is one INSERT over arrays; the
 * index of the run's last nested write is returned.
 */
static int
nested_create(NestedCx *x, QData *d, int i)
{
	WRecord    *child;
	int			k;

	if (!x->mn && !x->to_one && x->n->data->nested.len == 0)
	{
		PslVec		rows = {0};

		for (k = i; k < d->nested.len; k++)
		{
			QNested    *m = d->nested.items[k];

			if (m->relation != x->f || m->op != QN_CREATE || m->data->nested.len > 0)
				break;
			psl_vec_push(x->w->arena, &rows, m->data);
		}
		w_create_rows(x->w, x->related, &rows, &x->links, x->cond, false);
		return k - 1;
	}
	if (x->to_one && !x->creating)
		detach_old_child(x->w, x->f, x->rec, x->cond, NULL);
	child = w_create_record(x->w, x->n->data, x->mn ? NULL : &x->links, x->cond, false);
	if (x->mn)
		join_insert(x->w, x->f, x->rec, child, w_when(child));
	return i;
}

/* connect / connectOrCreate: the related record found (or created) gets rec. */
static void
nested_connect(NestedCx *x)
{
	WCompiler  *w = x->w;
	QNested    *n = x->n;
	WTarget		t = {0};
	WRecord    *child;
	int			step;

	t.where = n->where;
	if (x->mn)
	{
		if (n->op == QN_CONNECT_OR_CREATE)
			child = connect_or_create(w, x->related, n, NULL, x->cond);
		else
		{
			step = w_select(w, x->related, &t, x->cond, false);
			child = w_record(w, x->related, step, 0);
			w_check(w, step, QCHECK_FOUND, w_missing_related(x->f, "a nested connect"));
		}
		join_insert(w, x->f, x->rec, child, w_when(child));
		return;
	}
	if (x->to_one && !x->creating)
		detach_old_child(w, x->f, x->rec, x->cond, n->where);
	if (n->op == QN_CONNECT_OR_CREATE)
	{
		(void) connect_or_create(w, x->related, n, &x->links, x->cond);
		return;
	}
	step = w_update(w, x->related, NULL, &x->links, &t, x->cond, false, 0);
	if (x->to_one)
		w_check(w, step, QCHECK_FOUND, w_missing_related(x->f, "a nested connect"));
	else if (x->creating)
		w_check(w, step, QCHECK_CONNECTED_AFTER,
				psprintf("The required connected records were not found. Expected 1 records to be connected after connect operation on one-to-many relation '%s', found 0.",
						 x->f->relation->name));
	else
		w_check(w, step, QCHECK_FOUND,
				"An operation failed because it depends on one or more records that were required but not found. Expected 1 records to be connected, found only 0.");
}

/* set: every related record but the listed ones let go; the listed ones found get rec. */
static void
nested_set(NestedCx *x)
{
	WCompiler  *w = x->w;
	WTarget		others = x->t;
	int			k;

	others.where = any_filter(w, &x->n->rows);
	if (others.where)
		others.where = not_filter(w, others.where);
	if (x->mn)
		join_delete(w, x->f, x->rec, others.where ? &others : NULL, x->cond);
	else
		detach(w, x->related, x->back, &others, x->cond);
	for (k = 0; k < x->n->rows.len; k++)
	{
		WTarget		one = {0};

		/* set connects the records it finds; a missing one is no error */
		one.where = x->n->rows.items[k];
		if (x->mn)
		{
			WRecord    *child = w_record(w, x->related, w_select(w, x->related, &one, x->cond, false), 0);

			join_insert(w, x->f, x->rec, child, w_when(child));
		}
		else
			w_update(w, x->related, NULL, &x->links, &one, x->cond, false, 0);
	}
}

/* upsert: the related record of rec the where finds is updated, else one is created. */
static void
nested_upsert(NestedCx *x)
{
	WCompiler  *w = x->w;
	WTarget		found = {0};
	WRecord    *child;
	int			step;

	step = w_select(w, x->related, &x->t, x->cond, true);
	found.keys = w_record(w, x->related, step, 0);
	w_update_record(w, x->n->data, &found, w_when(found.keys), NULL);
	if (x->to_one && !x->mn)
		detach_old_child(w, x->f, x->rec, w_unless(x->cond, step), NULL);
	child = w_create_record(w, x->n->create, x->mn ? NULL : &x->links, w_unless(x->cond, step), false);
	if (x->mn)
		join_insert(w, x->f, x->rec, child, w_when(child));
}

/* delete / deleteMany: related records of rec, with their referential actions. */
static void
nested_delete(NestedCx *x)
{
	int			step;

	w_emulate_delete(x->w, x->related, &x->t, x->cond);
	step = w_delete(x->w, x->related, &x->t, x->cond, false, 0);
	if (x->n->op == QN_DELETE_MANY)
		return;
	if (x->to_one)
		w_check(x->w, step, QCHECK_FOUND, w_missing_related(x->f, "a nested delete"));
	else
		w_check(x->w, step, QCHECK_CONNECTED, not_connected(x->f));
}

/*
 * Nested writes on relations whose related records hold the foreign key
 * or that are m-n, after the record `rec` was created or found.
 */
void
w_nested_children(WCompiler *w, QData *d, WRecord *rec, bool creating)
{
	int			i;

	for (i = 0; i < d->nested.len; i++)
	{
		NestedCx	x;

		memset(&x, 0, sizeof(x));
		x.w = w;
		x.n = d->nested.items[i];
		x.f = x.n->relation;
		if (w_holds_fk(x.f))
			continue;
		CHECK_FOR_INTERRUPTS();
		x.back = query_opposite_field(x.f);
		x.related = x.f->related_model;
		x.mn = x.f->relation->kind == PSL_REL_MANY_TO_MANY;
		x.to_one = x.f->arity != PSL_LIST;
		x.creating = creating;
		x.rec = rec;
		x.cond = w_when(rec);
		if (!x.mn)
			w_links_from(w, &x.links, x.back, rec);
		x.t.where = x.n->where;
		x.t.relation = x.f;
		x.t.parent = rec;
		switch (x.n->op)
		{
			case QN_CREATE:
				i = nested_create(&x, d, i);
				break;
			case QN_CREATE_MANY:
				w_create_rows(w, x.related, &x.n->rows, &x.links, x.cond, x.n->skip_duplicates);
				break;
			case QN_CONNECT:
			case QN_CONNECT_OR_CREATE:
				nested_connect(&x);
				break;
			case QN_DISCONNECT:
				if (x.mn)
					join_delete(w, x.f, rec, &x.t, x.cond);
				else
					detach(w, x.related, x.back, &x.t, x.cond);
				break;
			case QN_SET:
				nested_set(&x);
				break;
			case QN_UPDATE:
				w_update_record(w, x.n->data, &x.t, x.cond, w_missing_related(x.f, "a nested update"));
				break;
			case QN_UPDATE_MANY:
				/* data {} writes nothing (and stamps no @updatedAt), as in Prisma */
				if (x.n->data->assigns.len > 0)
					w_update(w, x.related, &x.n->data->assigns, NULL, &x.t, x.cond, false, 0);
				break;
			case QN_UPSERT:
				nested_upsert(&x);
				break;
			case QN_DELETE:
			case QN_DELETE_MANY:
				nested_delete(&x);
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
