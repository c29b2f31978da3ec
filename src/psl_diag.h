/*
 * psl_diag.h
 *		Diagnostics (errors and warnings) collected while reading a Prisma
 *		schema, and their rendering in the style of `prisma validate`.
 *
 * Nothing here stops at the first problem: every stage appends to one
 * PslDiagnostics so the user sees all errors at once, each with its
 * line:column and the offending source lines.
 */
#ifndef PSL_DIAG_H
#define PSL_DIAG_H

#include "psl_alloc.h"

/* A byte range [start, end) in the schema source. */
typedef struct PslSpan
{
	int			start;
	int			end;
} PslSpan;

typedef enum PslSeverity
{
	PSL_ERROR,
	PSL_WARNING
} PslSeverity;

typedef struct PslDiag
{
	PslSeverity severity;
	bool		syntax;			/* a parse error rather than a validation one */
	char	   *message;
	PslSpan		span;
} PslDiag;

typedef struct PslDiagnostics
{
	PslArena   *arena;
	const char *source;
	int			source_len;
	PslVec		items;			/* PslDiag *, in the order reported */
	int			nerrors;
	int			nwarnings;
	bool		has_syntax_error;
} PslDiagnostics;

/* Most diagnostics kept; past this the rest are counted but not stored. */
#define PSL_MAX_DIAGNOSTICS 200

extern void psl_diag_init(PslDiagnostics *diags, PslArena *arena,
						  const char *source, int source_len);
extern void psl_syntax_error(PslDiagnostics *diags, PslSpan span,
							 const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
extern void psl_error(PslDiagnostics *diags, PslSpan span, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));
extern void psl_warning(PslDiagnostics *diags, PslSpan span,
						const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

/* 1-based line and column (in characters) of a byte offset. */
extern void psl_line_col(const char *source, int source_len, int offset,
						 int *line, int *col);

/*
 * Render all diagnostics the way `prisma validate` prints them, with
 * "file:line:column" locations and a final count line.  Errors come first
 * in source order, then warnings.
 */
extern char *psl_render_diagnostics(PslDiagnostics *diags,
									const char *filename, bool errors_only);

#endif							/* PSL_DIAG_H */
