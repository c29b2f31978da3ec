/*
 * psl_ast.h
 *		The syntax tree of a Prisma schema, as written.
 *
 * The parser (psl_parser.c) builds it; the validator (psl_validate.c) reads
 * it to produce the resolved PslSchema; the formatter (psl_format.c)
 * prints it back.  The tree keeps comments and blank lines in source
 * order (PslMember) so formatting loses nothing.  All strings are
 * NUL-terminated copies in the parse arena.
 */
#ifndef PSL_AST_H
#define PSL_AST_H

#include "psl_alloc.h"
#include "psl_diag.h"

typedef enum PslExprKind
{
	PSL_EXPR_STRING,			/* "text"; value is unescaped */
	PSL_EXPR_NUMBER,			/* 12, -1.5; value is the literal text */
	PSL_EXPR_CONSTANT,			/* an identifier or path: true, Cascade, db.x */
	PSL_EXPR_FUNCTION,			/* name(args) */
	PSL_EXPR_ARRAY				/* [a, b] */
} PslExprKind;

typedef struct PslArgument PslArgument;

typedef struct PslExpr
{
	PslExprKind kind;
	PslSpan		span;
	char	   *value;			/* string/number/constant text, function name */
	char	   *raw;			/* STRING: the literal as written, quotes included */
	PslVec		args;			/* FUNCTION: PslArgument * */
	PslVec		items;			/* ARRAY: PslExpr * */
	bool		trailing_comma; /* FUNCTION/ARRAY written with a trailing comma */
} PslExpr;

struct PslArgument
{
	char	   *name;			/* NULL for a positional argument */
	PslSpan		name_span;
	PslExpr    *value;			/* NULL for an empty argument ("name:") */
	PslSpan		span;
};

typedef struct PslAttribute
{
	char	   *name;			/* without the @ or @@: "id", "db.VarChar" */
	PslSpan		span;			/* from the @ to the closing parenthesis */
	PslSpan		name_span;
	bool		has_parens;
	PslVec		args;			/* PslArgument * */
	bool		trailing_comma;
} PslAttribute;

typedef enum PslArity
{
	PSL_REQUIRED,
	PSL_OPTIONAL,
	PSL_LIST
} PslArity;

typedef struct PslFieldAst
{
	char	   *name;
	PslSpan		name_span;
	char	   *type_name;		/* "Int", "User"; "Unsupported" for Unsupported */
	PslSpan		type_span;
	char	   *unsupported;	/* the string inside Unsupported("...") */
	bool		has_type;		/* false when the type is missing */
	PslArity	arity;
	bool		optional_list;	/* written Type[]? (an error) */
	bool		legacy_required;	/* written Type! (an error) */
	PslVec		attributes;		/* PslAttribute * */
	char	   *doc;			/* /// lines, newline separated; NULL if none */
	char	   *comment;		/* trailing // comment text (without //) */
	PslSpan		span;			/* the whole field line */
} PslFieldAst;

typedef struct PslEnumValueAst
{
	char	   *name;
	PslSpan		name_span;
	PslVec		attributes;		/* PslAttribute * */
	char	   *doc;
	char	   *comment;
	PslSpan		span;
} PslEnumValueAst;

typedef struct PslProperty
{
	char	   *name;
	PslSpan		name_span;
	PslExpr    *value;			/* NULL when written "name =" */
	char	   *comment;
	PslSpan		span;
} PslProperty;

/* Everything that can appear on a line inside a block, in source order. */
typedef enum PslMemberKind
{
	PSL_MEMBER_FIELD,
	PSL_MEMBER_ENUM_VALUE,
	PSL_MEMBER_PROPERTY,
	PSL_MEMBER_BLOCK_ATTRIBUTE,
	PSL_MEMBER_COMMENT,			/* a // or /// line not attached to anything */
	PSL_MEMBER_EMPTY_LINE,
	PSL_MEMBER_INVALID			/* a line that could not be parsed */
} PslMemberKind;

typedef struct PslMember
{
	PslMemberKind kind;
	void	   *node;			/* PslFieldAst / PslEnumValueAst / PslProperty /
								 * PslAttribute; NULL otherwise */
	char	   *text;			/* COMMENT: the comment with its slashes;
								 * INVALID: the raw line */
	char	   *comment;		/* BLOCK_ATTRIBUTE: trailing comment */
	PslSpan		span;
} PslMember;

typedef enum PslTopKind
{
	PSL_TOP_MODEL,
	PSL_TOP_VIEW,
	PSL_TOP_TYPE,				/* composite type */
	PSL_TOP_ENUM,
	PSL_TOP_DATASOURCE,
	PSL_TOP_GENERATOR,
	PSL_TOP_COMMENT,			/* free-standing comment lines between blocks */
	PSL_TOP_INVALID				/* an unparseable top-level line or block */
} PslTopKind;

typedef struct PslTop
{
	PslTopKind	kind;
	char	   *name;
	PslSpan		name_span;
	PslSpan		span;
	char	   *doc;			/* /// lines right above the block */
	PslVec		members;		/* PslMember *, in source order */
	PslVec		fields;			/* PslFieldAst * (models, views, types) */
	PslVec		values;			/* PslEnumValueAst * (enums) */
	PslVec		properties;		/* PslProperty * (datasource, generator) */
	PslVec		attributes;		/* PslAttribute * (block attributes) */
	char	   *text;			/* COMMENT/INVALID: the raw text */
	char	   *header_comment; /* a // comment after the opening brace */
} PslTop;

typedef struct PslAst
{
	PslVec		tops;			/* PslTop * */
	const char *source;
	int			source_len;
} PslAst;

/* Deepest nesting of arrays and function calls the parser accepts. */
#define PSL_MAX_EXPR_DEPTH 32

/* Parse a schema.  Syntax errors go to diags; the tree is always returned. */
extern PslAst *psl_parse(PslArena *arena, const char *source, int source_len,
						 PslDiagnostics *diags);

/* The attribute called name (without '@') in a vector of attributes, or NULL. */
extern PslAttribute *psl_find_attribute(PslVec *attributes, const char *name);

/* Find a named argument (or the positional one when name is NULL). */
extern PslArgument *psl_attribute_arg(PslAttribute *attr, const char *name,
									  bool allow_positional);

#endif							/* PSL_AST_H */
