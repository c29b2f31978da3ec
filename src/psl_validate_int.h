/*
 * psl_validate_int.h
 *		Internals shared by the validation passes (psl_validate.c,
 *		psl_attributes.c, psl_relations.c).
 *
 * Validation runs in Prisma's phases so errors come out in Prisma's order:
 *   1. parse (psl_parser.c);
 *   2. names, types, attributes, relation inference;
 *   3. datasource and generator configuration;
 *   4. connector-aware validation (unique criteria, native types, literal
 *      defaults, constraint names, @@schema, every relation rule) — only
 *      when the earlier phases found no error, as in Prisma.
 */
#ifndef PSL_VALIDATE_INT_H
#define PSL_VALIDATE_INT_H

#include "psl_schema.h"

typedef struct Validator
{
	PslArena   *arena;
	PslDiagnostics *diags;
	PslAst	   *ast;
	PslSchema  *schema;
	const char *src;
	int			src_len;
	const char *ds_name;		/* datasource name: the @db prefix */
	bool		has_schemas;	/* datasource has schemas = [...] */
	bool		preview_views;
	bool		preview_extensions;
	PslVec		model_attrs;	/* per model (parallel to schema->models): ModelAttrs * */
} Validator;

/* Attribute-derived facts about a model that phase 4 needs. */
typedef struct ModelAttrs
{
	PslAttribute *block_id;		/* @@id */
	int			field_ids;		/* number of fields with @id */
	PslAttribute *map;			/* @@map */
	PslAttribute *schema_attr;	/* @@schema */
	PslVec		index_attrs;	/* PslAttribute * per PslIndex, parallel to model->indexes */
	PslVec		deferred;		/* PslDiag *: attribute errors Prisma reports in phase 4 */
} ModelAttrs;

/* ---- spans and text ---- */
extern PslSpan v_line_span(Validator *v, PslSpan span);
extern char *v_expr_text(Validator *v, PslExpr *e);
extern const char *v_expr_kind_word(PslExpr *e);

/* ---- attribute helpers (psl_attributes.c) ---- */
extern bool v_check_args(Validator *v, PslAttribute *attr, const char *prefix,
						 const char *const *allowed, const char *positional,
						 bool positional_required);
extern char *v_string_arg(Validator *v, PslArgument *arg);
extern void v_field_attributes(Validator *v, PslModel *model, PslField *field);
extern void v_block_attributes(Validator *v, PslModel *model, ModelAttrs *ma);
extern void v_enum_attributes(Validator *v, PslEnum *e);
extern void v_phase4_model(Validator *v, PslModel *model, ModelAttrs *ma);
extern void v_phase4_constraint_names(Validator *v);
extern void v_compute_index_names(Validator *v);
extern void v_check_unsupported_defaults(Validator *v);

/* ---- relations (psl_relations.c) ---- */
extern void v_relation_arguments(Validator *v, PslModel *model, PslField *field,
								 PslAttribute *attr);
extern void v_infer_relations(Validator *v);
extern bool v_phase4_relations(Validator *v);
extern bool v_check_relation_ambiguity(Validator *v);

/* ---- lookups ---- */
extern bool v_is_builtin_scalar(const char *name, PslScalarType *out);
extern bool v_field_is_unique_alone(PslModel *model, PslVec *fields);

#endif							/* PSL_VALIDATE_INT_H */
