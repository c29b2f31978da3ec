/*
 * query_create.c
 *		create, createMany and createManyAndReturn -> write programs, and
 *		the creation of one record with its nested writes, which nested
 *		creates, connectOrCreate and upsert reuse.
 *
 * A record is created in three parts: first the records it will point to
 * (relations whose foreign key it holds: nested create, connect,
 * connectOrCreate), then its INSERT with those foreign keys, then the
 * records that point to it (their foreign key, or an m-n join row).
 */
#include "postgres.h"

#include "miscadmin.h"

#include "query_write_sql.h"

/* Create one record: the records it points to, its row, the records pointing to it. */
WRecord *
w_create_record(WCompiler *w, QData *d, PslVec *links, QCondition cond, bool skip_conflicts)
{
	PslVec		all = {0};
	WRecord    *rec;
	int			i;

	CHECK_FOR_INTERRUPTS();
	for (i = 0; links && i < links->len; i++)
		psl_vec_push(w->arena, &all, links->items[i]);
	for (i = 0; i < d->nested.len; i++)
	{
		QNested    *n = d->nested.items[i];

		if (w_holds_fk(n->relation))
			w_links_from(w, &all, n->relation, w_resolve_parent(w, n, cond, NULL));
	}
	rec = w_record(w, d->model, w_insert(w, d, &all, cond, skip_conflicts), 0);
	w_nested_children(w, d, rec, true);
	return rec;
}

/* Do two rows assign the same fields in the same order (and no list)? */
static bool
same_shape(QData *a, QData *b)
{
	int			i;

	if (a->assigns.len != b->assigns.len)
		return false;
	for (i = 0; i < a->assigns.len; i++)
	{
		PslField   *f = ((QAssign *) a->assigns.items[i])->field;

		if (f != ((QAssign *) b->assigns.items[i])->field || f->arity == PSL_LIST)
			return false;
	}
	return true;
}

/*
 * The rows of a createMany: each run of rows of the same shape is one
 * INSERT over unnested arrays (rows with a scalar list go one by one).
 * Their steps count towards {"count": n}; the records they return, in
 * order, are the result (NULL for no row).
 */
WRecord *
w_create_rows(WCompiler *w, PslModel *m, PslVec *rows, PslVec *links, QCondition cond,
			  bool skip_duplicates)
{
	WRecord    *created = NULL;
	int			from = 0;

	while (from < rows->len)
	{
		int			to = from + 1;
		int			step;

		CHECK_FOR_INTERRUPTS();
		while (to < rows->len && same_shape(rows->items[from], rows->items[to]))
			to++;
		if (!same_shape(rows->items[from], rows->items[from]))
			step = w_insert(w, rows->items[from], links, cond, skip_duplicates);
		else
			step = w_insert_rows(w, m, rows, from, to, links, cond, skip_duplicates);
		w_count_rows(w, step);
		created = created ? w_record_either(w, created, w_record(w, m, step, 0)) :
			w_record(w, m, step, 0);
		from = to;
	}
	return created;
}

/* create: the record and its nested writes, then its JSON. */
QProgram *
query_compile_create(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	WRecord    *rec = w_create_record(w, doc->write->data, NULL, w_always(), false);

	w_result(w, rec, false);
	return w_program(w);
}

/* createMany / createManyAndReturn. */
QProgram *
query_compile_create_many(QDocument *doc)
{
	WCompiler  *w = w_new(doc);
	WRecord    *created = w_create_rows(w, doc->model, &doc->write->rows, NULL, w_always(),
										doc->write->skip_duplicates);

	/* nothing created: no result step, so createManyAndReturn gives [] */
	if (doc->action->result == QRESULT_LIST && created)
		w_result(w, created, true);
	return w_program(w);
}
