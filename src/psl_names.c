/*
 * psl_names.c
 *		Prisma's default database names for constraints and indexes.
 *
 * Defaults use database names (@@map / @map): `{table}_pkey`,
 * `{table}_{col}_{col}_key`, `{table}_{cols}_idx`, `{table}_{cols}_fkey`.
 * PostgreSQL identifiers hold 63 bytes, so the part before the suffix is
 * cut to 63 - strlen("_suffix") bytes, backing up to a UTF-8 boundary.
 */
#include "psl_schema.h"

#include <string.h>

/* Cut s to at most max bytes without splitting a UTF-8 character. */
static size_t
utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max > 0 && ((unsigned char) s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

char *
psl_identifier(PslArena *arena, const char *name)
{
	return psl_strndup(arena, name, utf8_cut(name, strlen(name), PSL_IDENTIFIER_MAX));
}

char *
psl_constraint_name(PslArena *arena, const char *table, PslVec *columns,
					const char *suffix)
{
	PslBuf		prefix;
	size_t		limit = PSL_IDENTIFIER_MAX - strlen(suffix) - 1;
	size_t		keep;
	char	   *result;
	int			i;

	psl_buf_init(&prefix);
	psl_buf_puts(&prefix, table);
	for (i = 0; columns && i < columns->len; i++)
	{
		psl_buf_putc(&prefix, '_');
		psl_buf_puts(&prefix, columns->items[i]);
	}
	keep = prefix.len >= limit ? utf8_cut(prefix.data, prefix.len, limit) : prefix.len;
	result = psl_printf(arena, "%.*s_%s", (int) keep, prefix.data, suffix);
	psl_buf_free(&prefix);
	return result;
}
