/*
 * psl_format.h
 *		`prisma format` for Prisma schemas.
 */
#ifndef PSL_FORMAT_H
#define PSL_FORMAT_H

#include "psl_ast.h"

/*
 * Format a schema exactly as `prisma format` (Prisma 7.10) prints it:
 * aligned columns, sorted attributes, block attributes last, one blank line
 * between blocks, and the missing relation fields Prisma adds.  Returns the
 * formatted text in the arena.  Like Prisma, it formats schemas that have
 * validation errors; it returns NULL (with diags filled) only when the
 * input is unusable (e.g. larger than the limits).
 */
extern char *psl_format(PslArena *arena, const char *source, int len,
						PslDiagnostics *diags);

#endif							/* PSL_FORMAT_H */
