# prisma_ext: PGXS build.
EXTENSION = prisma_ext
EXTVERSION = 0.1.0

MODULE_big = prisma_ext
# the standalone schema-language and migration code (no backend dependency)
PSL_OBJS = src/psl_alloc.o src/psl_lexer.o src/psl_parser.o src/psl_diag.o \
	src/psl_validate.o src/psl_attributes.o src/psl_relations.o src/psl_names.o src/psl_format.o \
	src/psl_datetime.o src/migrate_sqlschema.o src/migrate_diff.o src/migrate_render.o
# the backend: SQL functions, catalog, cache, execution
PG_OBJS = src/prisma_ext.o src/pg_alloc.o src/catalog.o src/schema_cache.o src/ddl_exec.o src/db_push.o \
	src/ddl_history.o src/migration_records.o src/migration_commands.o src/db_pull.o \
	src/query_document.o src/query_select.o src/query_where.o src/query_order.o \
	src/query_values.o src/query_sql.o src/query_filter_sql.o src/query_columns.o \
	src/query_error.o src/query_exec.o src/query_plan_cache.o src/query_shape.o src/query_shape_cache.o src/query_format.o src/query_json.o \
	src/query_write.o src/query_defaults.o src/query_write_sql.o src/query_create.o \
	src/query_update.o src/query_delete.o src/query_nested.o src/query_emulate.o \
	src/query_aggregate.o src/query_aggregate_sql.o
OBJS = $(PSL_OBJS) $(PG_OBJS)

DATA = sql/prisma_ext--$(EXTVERSION).sql

REGRESS = psl_parse psl_validate psl_relations psl_defaults psl_format catalog db_push db_push_diff db_push_hardening query_read query_json query_filters query_errors query_db_errors query_cache query_shape_cache query_security query_hardening query_search_path query_write query_write_emulated query_write_security query_aggregate query_filters_lists_json query_field_refs query_search query_native_types query_views_schemas db_pull migrate query_plans
REGRESS_OPTS = --outputdir=test/results --load-extension=prisma_ext
# two sessions at once (specs/*.spec): concurrent pushes, reads during a push
ISOLATION = db_push_concurrent query_during_push write_conflicts migrate_concurrent hand_ddl_plans
ISOLATION_OPTS = --outputdir=test/results_iso --load-extension=prisma_ext

PG_CFLAGS = -std=gnu99 -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers -Wno-sign-compare
SHLIB_LINK = -ljansson
EXTRA_CLEAN = test/results test/results_iso test/psl/psl_test

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# every object depends on every header (PGXS does not track them)
$(OBJS): $(wildcard src/*.h)

# the standalone PSL test driver, built without the backend
test/psl/psl_test: test/psl/psl_test.c $(PSL_OBJS:.o=.c) src/*.h
	$(CC) -std=gnu99 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		-Wno-missing-field-initializers -Wno-sign-compare -Isrc -o $@ \
		test/psl/psl_test.c $(PSL_OBJS:.o=.c)

.PHONY: psl-test
psl-test: test/psl/psl_test
