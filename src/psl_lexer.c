/*
 * psl_lexer.c
 *		Tokenizer for the Prisma schema language.
 */
#include "psl_lexer.h"

#include <string.h>

/* ASCII alphanumerics, and any non-ASCII byte (Prisma 7 accepts Unicode letters). */
static bool
is_ident_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c >= 0x80;
}

static bool
is_ident_char(unsigned char c)
{
	return is_ident_start(c) || c == '_' || c == '-';
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Append one token, growing the array geometrically. */
static void
push_token(PslArena *arena, PslTokens *out, int *cap, PslTokenKind kind,
		   int start, int end, bool space_before)
{
	if (out->count == *cap)
	{
		int			ncap = *cap ? *cap * 2 : 256;
		PslToken   *n = psl_alloc(arena, sizeof(PslToken) * ncap);

		if (out->count)
			memcpy(n, out->tokens, sizeof(PslToken) * out->count);
		out->tokens = n;
		*cap = ncap;
	}
	out->tokens[out->count].kind = kind;
	out->tokens[out->count].start = start;
	out->tokens[out->count].end = end;
	out->tokens[out->count].space_before = space_before;
	out->count++;
}

/* Length of a number literal at s[i], or 0 if there is none. */
static int
scan_number(const char *s, int len, int i)
{
	int			j = i;

	if (j < len && s[j] == '-')
		j++;
	if (j >= len || !is_digit((unsigned char) s[j]))
		return 0;
	while (j < len && is_digit((unsigned char) s[j]))
		j++;
	if (j + 1 < len && s[j] == '.' && is_digit((unsigned char) s[j + 1]))
	{
		j++;
		while (j < len && is_digit((unsigned char) s[j]))
			j++;
	}
	/* a number running into identifier characters is an identifier */
	if (j < len && (is_ident_char((unsigned char) s[j])))
		return 0;
	return j - i;
}

/* Length of an identifier or dotted path at s[i]. */
static int
scan_ident(const char *s, int len, int i)
{
	int			j = i;

	while (j < len)
	{
		if (is_ident_char((unsigned char) s[j]))
			j++;
		else if (s[j] == '.' && j + 1 < len &&
				 is_ident_start((unsigned char) s[j + 1]))
			j++;
		else
			break;
	}
	return j - i;
}

PslTokens
psl_lex(PslArena *arena, const char *s, int len)
{
	PslTokens	out = {NULL, 0};
	int			cap = 0;
	int			i = 0;
	bool		space = false;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		int			start = i;
		PslTokenKind kind;

		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		{
			i++;
			space = true;
			continue;
		}
		if (c == '\n')
		{
			push_token(arena, &out, &cap, PSL_TOK_NEWLINE, i, i + 1, space);
			i++;
			space = false;
			continue;
		}
		if (c == '/' && i + 1 < len && s[i + 1] == '/')
		{
			kind = (i + 2 < len && s[i + 2] == '/') ? PSL_TOK_DOC_COMMENT : PSL_TOK_COMMENT;
			while (i < len && s[i] != '\n')
				i++;
			/* trailing \r belongs to the line ending, not the comment */
			push_token(arena, &out, &cap, kind, start,
					   (i > start && s[i - 1] == '\r') ? i - 1 : i, space);
			space = false;
			continue;
		}
		if (c == '"')
		{
			i++;
			kind = PSL_TOK_BAD_STRING;
			while (i < len && s[i] != '\n')
			{
				if (s[i] == '\\' && i + 1 < len && s[i + 1] != '\n')
					i += 2;
				else if (s[i] == '"')
				{
					i++;
					kind = PSL_TOK_STRING;
					break;
				}
				else
					i++;
			}
			push_token(arena, &out, &cap, kind, start, i, space);
			space = false;
			continue;
		}
		if (c == '-' || is_digit(c))
		{
			int			n = scan_number(s, len, i);

			if (n > 0)
			{
				push_token(arena, &out, &cap, PSL_TOK_NUMBER, i, i + n, space);
				i += n;
				space = false;
				continue;
			}
		}
		if (is_ident_start(c))
		{
			int			n = scan_ident(s, len, i);

			push_token(arena, &out, &cap, PSL_TOK_IDENT, i, i + n, space);
			i += n;
			space = false;
			continue;
		}
		switch (c)
		{
			case '{':
				kind = PSL_TOK_LBRACE;
				break;
			case '}':
				kind = PSL_TOK_RBRACE;
				break;
			case '(':
				kind = PSL_TOK_LPAREN;
				break;
			case ')':
				kind = PSL_TOK_RPAREN;
				break;
			case '[':
				kind = PSL_TOK_LBRACKET;
				break;
			case ']':
				kind = PSL_TOK_RBRACKET;
				break;
			case ',':
				kind = PSL_TOK_COMMA;
				break;
			case ':':
				kind = PSL_TOK_COLON;
				break;
			case '=':
				kind = PSL_TOK_EQUALS;
				break;
			case '?':
				kind = PSL_TOK_QUESTION;
				break;
			case '!':
				kind = PSL_TOK_BANG;
				break;
			case '@':
				if (i + 1 < len && s[i + 1] == '@')
				{
					i++;
					kind = PSL_TOK_ATAT;
				}
				else
					kind = PSL_TOK_AT;
				break;
			default:
				kind = PSL_TOK_OTHER;
				/* keep a multi-byte UTF-8 character in one token */
				if (c >= 0x80)
					while (i + 1 < len && ((unsigned char) s[i + 1] & 0xC0) == 0x80)
						i++;
				break;
		}
		i++;
		push_token(arena, &out, &cap, kind, start, i, space);
		space = false;
	}
	push_token(arena, &out, &cap, PSL_TOK_EOF, len, len, space);
	return out;
}

/* Decode the escapes of a string literal; text includes the quotes. */
char *
psl_unescape_string(PslArena *arena, const char *text, int len)
{
	char	   *out = psl_alloc(arena, (size_t) len + 1);
	int			o = 0;
	int			i = 1;
	int			end = (len >= 2 && text[len - 1] == '"') ? len - 1 : len;

	while (i < end)
	{
		char		c = text[i];

		if (c == '\\' && i + 1 < end)
		{
			char		e = text[i + 1];

			i += 2;
			switch (e)
			{
				case 'n':
					out[o++] = '\n';
					break;
				case 't':
					out[o++] = '\t';
					break;
				case 'r':
					out[o++] = '\r';
					break;
				case 'u':
					{
						/* \uXXXX: a code point as UTF-8 */
						unsigned int cp = 0;
						int			k;

						for (k = 0; k < 4 && i + k < end; k++)
						{
							char		h = text[i + k];

							cp <<= 4;
							if (h >= '0' && h <= '9')
								cp |= (unsigned int) (h - '0');
							else if (h >= 'a' && h <= 'f')
								cp |= (unsigned int) (h - 'a' + 10);
							else if (h >= 'A' && h <= 'F')
								cp |= (unsigned int) (h - 'A' + 10);
							else
								break;
						}
						if (k < 4 || cp == 0)
						{
							/* not a full escape, or NUL (which no C string holds) */
							out[o++] = 'u';
							break;
						}
						i += 4;
						if (cp < 0x80)
							out[o++] = (char) cp;
						else if (cp < 0x800)
						{
							out[o++] = (char) (0xC0 | (cp >> 6));
							out[o++] = (char) (0x80 | (cp & 0x3F));
						}
						else
						{
							out[o++] = (char) (0xE0 | (cp >> 12));
							out[o++] = (char) (0x80 | ((cp >> 6) & 0x3F));
							out[o++] = (char) (0x80 | (cp & 0x3F));
						}
					}
					break;
				default:
					/* \" \\ \' and anything else: the character itself */
					out[o++] = e;
					break;
			}
			continue;
		}
		out[o++] = c;
		i++;
	}
	out[o] = '\0';
	return out;
}
