/*
 * psl_parser.c
 *		Recursive-descent parser for the Prisma schema language.
 *
 * The grammar is line-oriented: a block opens with `keyword Name {` on one
 * line, each field, enum value, property or block attribute takes one
 * line, and `}` closes the block.  The parser never stops at an error: a
 * line it cannot read is reported and skipped, so one pass reports every
 * syntax problem.  Nesting of expressions is bounded by
 * PSL_MAX_EXPR_DEPTH so hostile input cannot exhaust the stack.
 */
#include "psl_ast.h"
#include "psl_lexer.h"

#include <string.h>

typedef struct Parser
{
	PslArena   *arena;
	PslDiagnostics *diags;
	const char *src;
	int			src_len;
	PslToken   *toks;
	int			ntoks;
	int			pos;
	int			depth;
} Parser;

static PslExpr *parse_expression(Parser *p);
static bool parse_arguments(Parser *p, PslVec *args, bool *trailing_comma);

/* ---- token helpers ---- */

static PslToken *
peek(Parser *p)
{
	return &p->toks[p->pos];
}

static PslToken *
peek_at(Parser *p, int ahead)
{
	int			i = p->pos + ahead;

	return &p->toks[i < p->ntoks ? i : p->ntoks - 1];
}

static PslTokenKind
peek_kind(Parser *p)
{
	return p->toks[p->pos].kind;
}

static PslToken *
advance(Parser *p)
{
	PslToken   *t = &p->toks[p->pos];

	if (t->kind != PSL_TOK_EOF)
		p->pos++;
	return t;
}

static char *
tok_text(Parser *p, PslToken *t)
{
	return psl_strndup(p->arena, p->src + t->start, (size_t) (t->end - t->start));
}

static bool
tok_is(Parser *p, PslToken *t, const char *word)
{
	size_t		n = strlen(word);

	return t->kind == PSL_TOK_IDENT && (size_t) (t->end - t->start) == n &&
		memcmp(p->src + t->start, word, n) == 0;
}

static PslSpan
span_of(PslToken *t)
{
	PslSpan		s = {t->start, t->end};

	return s;
}

static PslSpan
span_from(Parser *p, int start)
{
	PslSpan		s;
	int			last = p->pos > 0 ? p->pos - 1 : 0;

	s.start = start;
	s.end = p->toks[last].end > start ? p->toks[last].end : start;
	return s;
}

static bool
at_line_end(Parser *p)
{
	PslTokenKind k = peek_kind(p);

	return k == PSL_TOK_NEWLINE || k == PSL_TOK_EOF;
}

/* Offset of the start of the line holding offset. */
static int
line_start(Parser *p, int offset)
{
	while (offset > 0 && p->src[offset - 1] != '\n')
		offset--;
	return offset;
}

/* Offset of the end of the line holding offset (before the newline). */
static int
line_end(Parser *p, int offset)
{
	while (offset < p->src_len && p->src[offset] != '\n')
		offset++;
	if (offset > 0 && offset <= p->src_len && p->src[offset - 1] == '\r')
		offset--;
	return offset;
}

/* Skip the rest of the line, including its newline. */
static void
skip_line(Parser *p)
{
	while (!at_line_end(p))
		advance(p);
	if (peek_kind(p) == PSL_TOK_NEWLINE)
		advance(p);
}

/* A trailing `// comment` on a line: its text without the slashes. */
static char *
take_trailing_comment(Parser *p)
{
	PslToken   *t = peek(p);

	if (t->kind == PSL_TOK_COMMENT || t->kind == PSL_TOK_DOC_COMMENT)
	{
		advance(p);
		return psl_strndup(p->arena, p->src + t->start, (size_t) (t->end - t->start));
	}
	return NULL;
}

/* ---- expressions ---- */

static PslExpr *
new_expr(Parser *p, PslExprKind kind, PslToken *t)
{
	PslExpr    *e = psl_alloc(p->arena, sizeof(PslExpr));

	e->kind = kind;
	e->span = span_of(t);
	return e;
}

/* expression := string | number | path [ arguments ] | [ expression, ... ] */
static PslExpr *
parse_expression(Parser *p)
{
	PslToken   *t = peek(p);
	PslExpr    *e;

	switch (t->kind)
	{
		case PSL_TOK_STRING:
			advance(p);
			e = new_expr(p, PSL_EXPR_STRING, t);
			e->raw = tok_text(p, t);
			e->value = psl_unescape_string(p->arena, p->src + t->start, t->end - t->start);
			return e;
		case PSL_TOK_NUMBER:
			advance(p);
			e = new_expr(p, PSL_EXPR_NUMBER, t);
			e->value = tok_text(p, t);
			return e;
		case PSL_TOK_IDENT:
			advance(p);
			if (peek_kind(p) == PSL_TOK_LPAREN)
			{
				e = new_expr(p, PSL_EXPR_FUNCTION, t);
				e->value = tok_text(p, t);
				if (!parse_arguments(p, &e->args, &e->trailing_comma))
					return NULL;
				e->span = span_from(p, t->start);
				return e;
			}
			e = new_expr(p, PSL_EXPR_CONSTANT, t);
			e->value = tok_text(p, t);
			return e;
		case PSL_TOK_LBRACKET:
			if (p->depth >= PSL_MAX_EXPR_DEPTH)
			{
				psl_syntax_error(p->diags, span_of(t),
								 "Expression is nested too deeply (the limit is %d levels).",
								 PSL_MAX_EXPR_DEPTH);
				return NULL;
			}
			p->depth++;
			advance(p);
			e = new_expr(p, PSL_EXPR_ARRAY, t);
			while (peek_kind(p) != PSL_TOK_RBRACKET)
			{
				PslExpr    *item = parse_expression(p);

				if (item == NULL)
				{
					p->depth--;
					return NULL;
				}
				psl_vec_push(p->arena, &e->items, item);
				if (peek_kind(p) == PSL_TOK_COMMA)
				{
					advance(p);
					/* no trailing comma inside arrays */
					if (peek_kind(p) == PSL_TOK_RBRACKET)
					{
						p->depth--;
						return NULL;
					}
					continue;
				}
				if (peek_kind(p) != PSL_TOK_RBRACKET)
				{
					p->depth--;
					return NULL;
				}
			}
			advance(p);
			p->depth--;
			e->span = span_from(p, t->start);
			return e;
		default:
			return NULL;
	}
}

/*
 * arguments := ( [ name: expr | name: | expr ] , ... [,] )
 * Returns false when the list is malformed; the caller then treats the
 * whole line as invalid, as Prisma's grammar does.
 */
static bool
parse_arguments(Parser *p, PslVec *args, bool *trailing_comma)
{
	PslToken   *open = advance(p);	/* ( */

	if (p->depth >= PSL_MAX_EXPR_DEPTH)
	{
		psl_syntax_error(p->diags, span_of(open),
						 "Expression is nested too deeply (the limit is %d levels).",
						 PSL_MAX_EXPR_DEPTH);
		return false;
	}
	p->depth++;
	while (peek_kind(p) != PSL_TOK_RPAREN)
	{
		PslArgument *arg = psl_alloc(p->arena, sizeof(PslArgument));
		PslToken   *start = peek(p);

		if (start->kind == PSL_TOK_IDENT && peek_at(p, 1)->kind == PSL_TOK_COLON)
		{
			arg->name = tok_text(p, start);
			arg->name_span = span_of(start);
			advance(p);
			advance(p);
			if (peek_kind(p) != PSL_TOK_COMMA && peek_kind(p) != PSL_TOK_RPAREN)
			{
				arg->value = parse_expression(p);
				if (arg->value == NULL)
					goto bad;
			}
		}
		else
		{
			arg->value = parse_expression(p);
			if (arg->value == NULL)
				goto bad;
		}
		arg->span = span_from(p, start->start);
		psl_vec_push(p->arena, args, arg);
		if (peek_kind(p) == PSL_TOK_COMMA)
		{
			advance(p);
			if (peek_kind(p) == PSL_TOK_RPAREN)
				*trailing_comma = true;
			continue;
		}
		if (peek_kind(p) != PSL_TOK_RPAREN)
			goto bad;
	}
	advance(p);
	p->depth--;
	return true;

bad:
	p->depth--;
	return false;
}

/* attribute := @path [arguments]   (or @@path for block attributes) */
static PslAttribute *
parse_attribute(Parser *p)
{
	PslToken   *at = advance(p);
	PslAttribute *attr = psl_alloc(p->arena, sizeof(PslAttribute));
	PslToken   *name = peek(p);

	if (name->kind != PSL_TOK_IDENT || name->space_before)
		return NULL;
	advance(p);
	attr->name = tok_text(p, name);
	attr->name_span = span_of(name);
	if (peek_kind(p) == PSL_TOK_LPAREN)
	{
		attr->has_parens = true;
		if (!parse_arguments(p, &attr->args, &attr->trailing_comma))
			return NULL;
	}
	attr->span = span_from(p, at->start);
	return attr;
}

/* ---- block members ---- */

static PslMember *
add_member(Parser *p, PslTop *top, PslMemberKind kind, void *node, PslSpan span)
{
	PslMember  *m = psl_alloc(p->arena, sizeof(PslMember));

	m->kind = kind;
	m->node = node;
	m->span = span;
	psl_vec_push(p->arena, &top->members, m);
	return m;
}

/* The span Prisma reports for an unreadable line: first token to newline. */
static PslSpan
invalid_line_span(Parser *p, int offset)
{
	PslSpan		s;
	int			start = line_start(p, offset);

	while (start < p->src_len && (p->src[start] == ' ' || p->src[start] == '\t'))
		start++;
	s.start = start;
	s.end = line_end(p, start);
	while (s.end < p->src_len && p->src[s.end] != '\n')
		s.end++;
	if (s.end < p->src_len)
		s.end++;
	return s;
}

/* Report a line that is not valid inside a block and record it verbatim. */
static void
invalid_member_line(Parser *p, PslTop *top, int offset, const char *message)
{
	PslSpan		s = invalid_line_span(p, offset);
	PslMember  *m;

	psl_syntax_error(p->diags, s, "Error validating: %s", message);
	m = add_member(p, top, PSL_MEMBER_INVALID, NULL, s);
	m->text = psl_strndup(p->arena, p->src + s.start,
						  (size_t) (line_end(p, s.start) - s.start));
	/* skip the tokens of this line */
	while (peek_kind(p) != PSL_TOK_EOF && peek(p)->start < s.end)
		advance(p);
}

/* Join the pending /// lines into one doc string and reset them. */
static char *
take_doc(Parser *p, PslVec *pending)
{
	PslBuf		buf;
	char	   *doc;
	int			i;

	if (pending->len == 0)
		return NULL;
	psl_buf_init(&buf);
	for (i = 0; i < pending->len; i++)
	{
		PslToken   *t = pending->items[i];
		const char *text = p->src + t->start + 3;
		int			n = t->end - t->start - 3;

		if (i > 0)
			psl_buf_putc(&buf, '\n');
		/* one space after /// is syntax, not content */
		if (n > 0 && text[0] == ' ')
		{
			text++;
			n--;
		}
		psl_buf_putn(&buf, text, (size_t) n);
	}
	doc = psl_buf_to_arena(&buf, p->arena);
	psl_buf_free(&buf);
	pending->len = 0;
	return doc;
}

/* Turn pending /// lines that attach to nothing into comment members. */
static void
flush_doc_as_comments(Parser *p, PslTop *top, PslVec *pending)
{
	int			i;

	for (i = 0; i < pending->len; i++)
	{
		PslToken   *t = pending->items[i];
		PslMember  *m = add_member(p, top, PSL_MEMBER_COMMENT, NULL, span_of(t));

		m->text = tok_text(p, t);
	}
	pending->len = 0;
}

/* field := name [:] Type[?|[]|[]?|!] attribute* [comment] */
static void
parse_field(Parser *p, PslTop *top, PslVec *pending_doc)
{
	PslToken   *name = advance(p);
	PslFieldAst *f = psl_alloc(p->arena, sizeof(PslFieldAst));
	PslToken   *t;

	f->name = tok_text(p, name);
	f->name_span = span_of(name);
	f->arity = PSL_REQUIRED;
	if (peek_kind(p) == PSL_TOK_COLON)
	{
		PslToken   *colon = advance(p);

		psl_syntax_error(p->diags, span_of(colon),
						 "Field declarations don't require a `:`.");
	}
	t = peek(p);
	if (t->kind == PSL_TOK_IDENT)
	{
		advance(p);
		f->has_type = true;
		f->type_name = tok_text(p, t);
		f->type_span = span_of(t);
		if (strcmp(f->type_name, "Unsupported") == 0 && peek_kind(p) == PSL_TOK_LPAREN &&
			!peek(p)->space_before)
		{
			advance(p);
			if (peek_kind(p) == PSL_TOK_STRING && peek_at(p, 1)->kind == PSL_TOK_RPAREN)
			{
				PslToken   *str = advance(p);

				f->unsupported = psl_unescape_string(p->arena, p->src + str->start,
													 str->end - str->start);
				advance(p);
				f->type_span.end = p->toks[p->pos - 1].end;
			}
			else
			{
				invalid_member_line(p, top, line_start(p, name->start),
									"This line is not a valid field or attribute definition.");
				return;
			}
		}
		if (peek_kind(p) == PSL_TOK_LBRACKET && peek_at(p, 1)->kind == PSL_TOK_RBRACKET)
		{
			advance(p);
			advance(p);
			f->arity = PSL_LIST;
			f->type_span.end = p->toks[p->pos - 1].end;
			if (peek_kind(p) == PSL_TOK_QUESTION)
			{
				advance(p);
				f->optional_list = true;
				f->type_span.end = p->toks[p->pos - 1].end;
				psl_syntax_error(p->diags, f->type_span,
								 "Optional lists are not supported. Use either `Type[]` or `Type?`.");
			}
		}
		else if (peek_kind(p) == PSL_TOK_QUESTION)
		{
			advance(p);
			f->arity = PSL_OPTIONAL;
			f->type_span.end = p->toks[p->pos - 1].end;
		}
		else if (peek_kind(p) == PSL_TOK_BANG)
		{
			advance(p);
			f->legacy_required = true;
			f->type_span.end = p->toks[p->pos - 1].end;
			psl_syntax_error(p->diags, f->type_span,
							 "Fields are required by default, `!` is no longer required.");
		}
	}
	else if (t->kind == PSL_TOK_LBRACKET && peek_at(p, 1)->kind == PSL_TOK_IDENT &&
			 peek_at(p, 2)->kind == PSL_TOK_RBRACKET)
	{
		/* the legacy list syntax [Type] */
		PslToken   *type = peek_at(p, 1);

		advance(p);
		advance(p);
		advance(p);
		f->has_type = true;
		f->type_name = tok_text(p, type);
		f->type_span.start = t->start;
		f->type_span.end = p->toks[p->pos - 1].end;
		f->arity = PSL_LIST;
		psl_syntax_error(p->diags, f->type_span,
						 "To specify a list, please use `Type[]` instead of `[Type]`.");
	}
	while (peek_kind(p) == PSL_TOK_AT)
	{
		PslAttribute *attr = parse_attribute(p);

		if (attr == NULL)
		{
			invalid_member_line(p, top, line_start(p, name->start),
								"This line is not a valid field or attribute definition.");
			return;
		}
		psl_vec_push(p->arena, &f->attributes, attr);
	}
	f->comment = take_trailing_comment(p);
	if (!at_line_end(p))
	{
		invalid_member_line(p, top, line_start(p, name->start),
							"This line is not a valid field or attribute definition.");
		return;
	}
	f->span = span_from(p, name->start);
	if (!f->has_type)
	{
		PslSpan		s = invalid_line_span(p, name->start);

		psl_syntax_error(p->diags, s,
						 "Error validating %s \"%s\": This field declaration is invalid. It is either missing a name or a type.",
						 top->kind == PSL_TOP_TYPE ? "composite type" :
						 top->kind == PSL_TOP_VIEW ? "view" : "model", top->name);
	}
	f->doc = take_doc(p, pending_doc);
	add_member(p, top, PSL_MEMBER_FIELD, f, f->span);
	psl_vec_push(p->arena, &top->fields, f);
	if (peek_kind(p) == PSL_TOK_NEWLINE)
		advance(p);
}

/* enum value := Name attribute* [comment] */
static void
parse_enum_value(Parser *p, PslTop *top, PslVec *pending_doc)
{
	PslToken   *name = advance(p);
	PslEnumValueAst *v = psl_alloc(p->arena, sizeof(PslEnumValueAst));

	v->name = tok_text(p, name);
	v->name_span = span_of(name);
	while (peek_kind(p) == PSL_TOK_AT)
	{
		PslAttribute *attr = parse_attribute(p);

		if (attr == NULL)
		{
			invalid_member_line(p, top, line_start(p, name->start),
								"This line is not an enum value definition.");
			return;
		}
		psl_vec_push(p->arena, &v->attributes, attr);
	}
	v->comment = take_trailing_comment(p);
	if (!at_line_end(p))
	{
		invalid_member_line(p, top, line_start(p, name->start),
							"This line is not an enum value definition.");
		return;
	}
	v->span = span_from(p, name->start);
	v->doc = take_doc(p, pending_doc);
	add_member(p, top, PSL_MEMBER_ENUM_VALUE, v, v->span);
	psl_vec_push(p->arena, &top->values, v);
	if (peek_kind(p) == PSL_TOK_NEWLINE)
		advance(p);
}

/* property := name = expression [comment] */
static void
parse_property(Parser *p, PslTop *top, PslVec *pending_doc)
{
	PslToken   *name = advance(p);
	PslProperty *prop = psl_alloc(p->arena, sizeof(PslProperty));

	prop->name = tok_text(p, name);
	prop->name_span = span_of(name);
	if (peek_kind(p) != PSL_TOK_EQUALS)
	{
		invalid_member_line(p, top, line_start(p, name->start),
							top->kind == PSL_TOP_DATASOURCE ?
							"This line is not a valid definition within a datasource." :
							"This line is not a valid definition within a generator.");
		return;
	}
	advance(p);
	if (!at_line_end(p) && peek_kind(p) != PSL_TOK_COMMENT &&
		peek_kind(p) != PSL_TOK_DOC_COMMENT)
	{
		prop->value = parse_expression(p);
		if (prop->value == NULL)
		{
			invalid_member_line(p, top, line_start(p, name->start),
								top->kind == PSL_TOP_DATASOURCE ?
								"This line is not a valid definition within a datasource." :
								"This line is not a valid definition within a generator.");
			return;
		}
	}
	prop->comment = take_trailing_comment(p);
	if (!at_line_end(p))
	{
		invalid_member_line(p, top, line_start(p, name->start),
							top->kind == PSL_TOP_DATASOURCE ?
							"This line is not a valid definition within a datasource." :
							"This line is not a valid definition within a generator.");
		return;
	}
	prop->span = span_from(p, name->start);
	(void) take_doc(p, pending_doc);
	add_member(p, top, PSL_MEMBER_PROPERTY, prop, prop->span);
	psl_vec_push(p->arena, &top->properties, prop);
	if (peek_kind(p) == PSL_TOK_NEWLINE)
		advance(p);
}

/* block attribute := @@path [arguments] [comment] */
static void
parse_block_attribute(Parser *p, PslTop *top)
{
	int			start = peek(p)->start;
	PslAttribute *attr = parse_attribute(p);
	PslMember  *m;
	char	   *comment;

	if (attr == NULL)
	{
		invalid_member_line(p, top, line_start(p, start),
							"This line is not a valid field or attribute definition.");
		return;
	}
	comment = take_trailing_comment(p);
	if (!at_line_end(p))
	{
		invalid_member_line(p, top, line_start(p, start),
							"This line is not a valid field or attribute definition.");
		return;
	}
	m = add_member(p, top, PSL_MEMBER_BLOCK_ATTRIBUTE, attr, attr->span);
	m->comment = comment;
	psl_vec_push(p->arena, &top->attributes, attr);
	if (peek_kind(p) == PSL_TOK_NEWLINE)
		advance(p);
}

/* The message for an unreadable line inside a block of this kind. */
static const char *
invalid_line_message(PslTopKind kind)
{
	switch (kind)
	{
		case PSL_TOP_ENUM:
			return "This line is not an enum value definition.";
		case PSL_TOP_DATASOURCE:
			return "This line is not a valid definition within a datasource.";
		case PSL_TOP_GENERATOR:
			return "This line is not a valid definition within a generator.";
		default:
			return "This line is not a valid field or attribute definition.";
	}
}

/* Parse the lines of a block up to and including its closing brace. */
static void
parse_block_body(Parser *p, PslTop *top)
{
	PslVec		pending_doc = {NULL, 0, 0};
	bool		line_had_content = false;

	for (;;)
	{
		PslToken   *t = peek(p);

		switch (t->kind)
		{
			case PSL_TOK_EOF:
				/* unreachable: find_block_close found the `}` */
				flush_doc_as_comments(p, top, &pending_doc);
				top->span.end = p->src_len;
				return;
			case PSL_TOK_NEWLINE:
				advance(p);
				if (!line_had_content)
				{
					flush_doc_as_comments(p, top, &pending_doc);
					add_member(p, top, PSL_MEMBER_EMPTY_LINE, NULL, span_of(t));
				}
				line_had_content = false;
				continue;
			case PSL_TOK_RBRACE:
				/* find_block_close guarantees this `}` starts its line */
				advance(p);
				flush_doc_as_comments(p, top, &pending_doc);
				top->span.end = t->end;
				return;
			case PSL_TOK_DOC_COMMENT:
				advance(p);
				if (top->kind == PSL_TOP_DATASOURCE || top->kind == PSL_TOP_GENERATOR)
				{
					PslMember  *m = add_member(p, top, PSL_MEMBER_COMMENT, NULL, span_of(t));

					m->text = tok_text(p, t);
				}
				else
					psl_vec_push(p->arena, &pending_doc, t);
				line_had_content = true;
				if (peek_kind(p) == PSL_TOK_NEWLINE)
				{
					advance(p);
					line_had_content = false;
				}
				continue;
			case PSL_TOK_COMMENT:
				advance(p);
				flush_doc_as_comments(p, top, &pending_doc);
				{
					PslMember  *m = add_member(p, top, PSL_MEMBER_COMMENT, NULL, span_of(t));

					m->text = tok_text(p, t);
				}
				if (peek_kind(p) == PSL_TOK_NEWLINE)
					advance(p);
				line_had_content = false;
				continue;
			case PSL_TOK_ATAT:
				flush_doc_as_comments(p, top, &pending_doc);
				if (top->kind == PSL_TOP_DATASOURCE || top->kind == PSL_TOP_GENERATOR)
					invalid_member_line(p, top, line_start(p, t->start),
										invalid_line_message(top->kind));
				else
					parse_block_attribute(p, top);
				line_had_content = false;
				continue;
			case PSL_TOK_IDENT:
				switch (top->kind)
				{
					case PSL_TOP_ENUM:
						parse_enum_value(p, top, &pending_doc);
						break;
					case PSL_TOP_DATASOURCE:
					case PSL_TOP_GENERATOR:
						parse_property(p, top, &pending_doc);
						break;
					default:
						parse_field(p, top, &pending_doc);
						break;
				}
				line_had_content = false;
				continue;
			default:
				flush_doc_as_comments(p, top, &pending_doc);
				invalid_member_line(p, top, line_start(p, t->start),
									invalid_line_message(top->kind));
				line_had_content = false;
				continue;
		}
	}
}

/* Map a block keyword to its kind; -1 when it is not a keyword. */
static int
block_keyword(Parser *p, PslToken *t)
{
	if (tok_is(p, t, "model"))
		return PSL_TOP_MODEL;
	if (tok_is(p, t, "view"))
		return PSL_TOP_VIEW;
	if (tok_is(p, t, "type"))
		return PSL_TOP_TYPE;
	if (tok_is(p, t, "enum"))
		return PSL_TOP_ENUM;
	if (tok_is(p, t, "datasource"))
		return PSL_TOP_DATASOURCE;
	if (tok_is(p, t, "generator"))
		return PSL_TOP_GENERATOR;
	return -1;
}

static PslTop *
add_top(Parser *p, PslAst *ast, PslTopKind kind, int start)
{
	PslTop	   *top = psl_alloc(p->arena, sizeof(PslTop));

	top->kind = kind;
	top->span.start = start;
	top->span.end = start;
	psl_vec_push(p->arena, &ast->tops, top);
	return top;
}

/* Record an unreadable top-level line (through its newline) verbatim. */
static void
invalid_top_line(Parser *p, PslAst *ast, int offset)
{
	PslSpan		s = invalid_line_span(p, offset);
	PslTop	   *top = add_top(p, ast, PSL_TOP_INVALID, s.start);

	psl_syntax_error(p->diags, s,
					 "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
	top->span = s;
	top->text = psl_strndup(p->arena, p->src + s.start,
							(size_t) (line_end(p, s.start) - s.start));
	while (peek_kind(p) != PSL_TOK_EOF && peek(p)->start < s.end)
		advance(p);
}

/* `word {` ... up to the first `}`: a block with an unknown keyword. */
static void
invalid_top_block(Parser *p, PslAst *ast, int start)
{
	PslTop	   *top = add_top(p, ast, PSL_TOP_INVALID, start);
	PslSpan		s;

	while (peek_kind(p) != PSL_TOK_EOF && peek_kind(p) != PSL_TOK_RBRACE)
		advance(p);
	if (peek_kind(p) == PSL_TOK_RBRACE)
		advance(p);
	s.start = start;
	s.end = p->toks[p->pos - 1].end;
	psl_syntax_error(p->diags, s,
					 "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.");
	top->span = s;
	top->text = psl_strndup(p->arena, p->src + s.start, (size_t) (s.end - s.start));
}

/*
 * Index of the `}` token that closes a block whose `{` is at token index
 * open: the first line after the opening line that starts with `}`.
 * Returns -1 when there is none.
 */
static int
find_block_close(Parser *p, int open)
{
	int			i = open;
	bool		line_start_tok = false;

	for (; i < p->ntoks && p->toks[i].kind != PSL_TOK_EOF; i++)
	{
		if (p->toks[i].kind == PSL_TOK_NEWLINE)
		{
			line_start_tok = true;
			continue;
		}
		if (line_start_tok && p->toks[i].kind == PSL_TOK_RBRACE)
			return i;
		line_start_tok = false;
	}
	return -1;
}

/* block := keyword Name { NEWLINE members } */
static void
parse_block(Parser *p, PslAst *ast, PslTopKind kind, PslVec *pending_doc)
{
	PslToken   *kw = advance(p);
	PslToken   *name = peek(p);
	PslTop	   *top;
	int			close;

	if (name->kind == PSL_TOK_LBRACE)
	{
		invalid_top_block(p, ast, kw->start);
		return;
	}
	if (kind == PSL_TOP_TYPE && name->kind == PSL_TOK_IDENT &&
		peek_at(p, 1)->kind == PSL_TOK_EQUALS)
	{
		PslSpan		s = {kw->start, line_end(p, kw->start)};
		PslTop	   *alias = add_top(p, ast, PSL_TOP_INVALID, kw->start);

		psl_syntax_error(p->diags, s,
						 "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types");
		alias->span = s;
		alias->text = psl_strndup(p->arena, p->src + s.start, (size_t) (s.end - s.start));
		skip_line(p);
		return;
	}
	close = (name->kind == PSL_TOK_IDENT && peek_at(p, 1)->kind == PSL_TOK_LBRACE) ?
		find_block_close(p, p->pos + 1) : -1;
	if (close < 0)
	{
		invalid_top_line(p, ast, kw->start);
		return;
	}
	advance(p);
	advance(p);					/* { */
	top = add_top(p, ast, kind, kw->start);
	top->name = tok_text(p, name);
	top->name_span = span_of(name);
	top->doc = take_doc(p, pending_doc);
	/* the rest of the opening line is ignored, as in Prisma */
	while (!at_line_end(p))
		advance(p);
	if (peek_kind(p) == PSL_TOK_NEWLINE)
		advance(p);
	parse_block_body(p, top);
}

/* Record free-standing comment lines between blocks. */
static void
add_top_comment(Parser *p, PslAst *ast, PslToken *t)
{
	PslTop	   *top = add_top(p, ast, PSL_TOP_COMMENT, t->start);

	top->span = span_of(t);
	top->text = tok_text(p, t);
}

PslAst *
psl_parse(PslArena *arena, const char *source, int source_len,
		  PslDiagnostics *diags)
{
	Parser		p;
	PslTokens	toks = psl_lex(arena, source, source_len);
	PslAst	   *ast = psl_alloc(arena, sizeof(PslAst));
	PslVec		pending_doc = {NULL, 0, 0};

	memset(&p, 0, sizeof(p));
	p.arena = arena;
	p.diags = diags;
	p.src = source;
	p.src_len = source_len;
	p.toks = toks.tokens;
	p.ntoks = toks.count;
	ast->source = source;
	ast->source_len = source_len;

	while (peek_kind(&p) != PSL_TOK_EOF)
	{
		PslToken   *t = peek(&p);
		int			kind;

		switch (t->kind)
		{
			case PSL_TOK_NEWLINE:
				advance(&p);
				/* a blank line detaches pending doc comments */
				if (pending_doc.len > 0 && p.pos >= 2 &&
					p.toks[p.pos - 2].kind == PSL_TOK_NEWLINE)
				{
					int			i;

					for (i = 0; i < pending_doc.len; i++)
						add_top_comment(&p, ast, pending_doc.items[i]);
					pending_doc.len = 0;
				}
				continue;
			case PSL_TOK_DOC_COMMENT:
				advance(&p);
				psl_vec_push(arena, &pending_doc, t);
				continue;
			case PSL_TOK_COMMENT:
				advance(&p);
				{
					int			i;

					for (i = 0; i < pending_doc.len; i++)
						add_top_comment(&p, ast, pending_doc.items[i]);
					pending_doc.len = 0;
				}
				add_top_comment(&p, ast, t);
				continue;
			case PSL_TOK_IDENT:
				kind = block_keyword(&p, t);
				if (kind >= 0)
				{
					parse_block(&p, ast, (PslTopKind) kind, &pending_doc);
					continue;
				}
				/* fall through */
			default:
				{
					int			i;

					for (i = 0; i < pending_doc.len; i++)
						add_top_comment(&p, ast, pending_doc.items[i]);
					pending_doc.len = 0;
				}
				if (t->kind == PSL_TOK_IDENT && peek_at(&p, 1)->kind == PSL_TOK_LBRACE)
					invalid_top_block(&p, ast, t->start);
				else
					invalid_top_line(&p, ast, t->start);
				continue;
		}
	}
	{
		int			i;

		for (i = 0; i < pending_doc.len; i++)
			add_top_comment(&p, ast, pending_doc.items[i]);
	}
	return ast;
}

PslAttribute *
psl_find_attribute(PslVec *attributes, const char *name)
{
	int			i;

	for (i = 0; i < attributes->len; i++)
	{
		PslAttribute *a = attributes->items[i];

		if (strcmp(a->name, name) == 0)
			return a;
	}
	return NULL;
}

PslArgument *
psl_attribute_arg(PslAttribute *attr, const char *name, bool allow_positional)
{
	int			i;

	for (i = 0; i < attr->args.len; i++)
	{
		PslArgument *a = attr->args.items[i];

		if (a->name && name && strcmp(a->name, name) == 0)
			return a;
	}
	if (allow_positional)
		for (i = 0; i < attr->args.len; i++)
		{
			PslArgument *a = attr->args.items[i];

			if (a->name == NULL)
				return a;
		}
	return NULL;
}
