/*
 * psl_lexer.h
 *		Tokens of the Prisma schema language.
 *
 * The lexer turns the whole source into an array of tokens up front.
 * Newlines are tokens because the grammar is line-oriented; spaces and
 * tabs are not.  Comments are tokens so the parser can keep them.
 */
#ifndef PSL_LEXER_H
#define PSL_LEXER_H

#include "psl_alloc.h"
#include "psl_diag.h"

typedef enum PslTokenKind
{
	PSL_TOK_EOF,
	PSL_TOK_NEWLINE,
	PSL_TOK_IDENT,				/* identifier or dotted path: db.VarChar */
	PSL_TOK_NUMBER,				/* -?[0-9]+(.[0-9]+)? */
	PSL_TOK_STRING,				/* "..." (text includes the quotes) */
	PSL_TOK_BAD_STRING,			/* an unterminated string literal */
	PSL_TOK_COMMENT,			/* // ... (not ///) */
	PSL_TOK_DOC_COMMENT,		/* /// ... */
	PSL_TOK_LBRACE,
	PSL_TOK_RBRACE,
	PSL_TOK_LPAREN,
	PSL_TOK_RPAREN,
	PSL_TOK_LBRACKET,
	PSL_TOK_RBRACKET,
	PSL_TOK_COMMA,
	PSL_TOK_COLON,
	PSL_TOK_EQUALS,
	PSL_TOK_QUESTION,
	PSL_TOK_BANG,
	PSL_TOK_AT,					/* @ */
	PSL_TOK_ATAT,				/* @@ */
	PSL_TOK_OTHER				/* any other character */
} PslTokenKind;

typedef struct PslToken
{
	PslTokenKind kind;
	int			start;			/* byte offsets into the source */
	int			end;
	bool		space_before;	/* whitespace separates it from the previous token */
} PslToken;

typedef struct PslTokens
{
	PslToken   *tokens;
	int			count;
} PslTokens;

/* Tokenize the whole source; the last token is always PSL_TOK_EOF. */
extern PslTokens psl_lex(PslArena *arena, const char *source, int source_len);

/* Decode a string literal token's contents (escapes resolved). */
extern char *psl_unescape_string(PslArena *arena, const char *text, int len);

#endif							/* PSL_LEXER_H */
