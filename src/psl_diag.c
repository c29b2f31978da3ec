/*
 * psl_diag.c
 *		Collecting and rendering schema diagnostics.
 */
#include "psl_diag.h"

#include <stdlib.h>
#include <string.h>

void
psl_diag_init(PslDiagnostics *diags, PslArena *arena, const char *source,
			  int source_len)
{
	memset(diags, 0, sizeof(*diags));
	diags->arena = arena;
	diags->source = source;
	diags->source_len = source_len;
}

static void add_diag(PslDiagnostics *diags, PslSeverity sev, bool syntax, PslSpan span,
					 const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));

/* Store one diagnostic unless the cap has been reached. */
static void
add_diag(PslDiagnostics *diags, PslSeverity sev, bool syntax, PslSpan span,
		 const char *fmt, va_list ap)
{
	PslDiag    *d;
	PslBuf		buf;

	if (sev == PSL_ERROR)
		diags->nerrors++;
	else
		diags->nwarnings++;
	if (syntax)
		diags->has_syntax_error = true;
	if (diags->items.len >= PSL_MAX_DIAGNOSTICS)
		return;
	d = psl_alloc(diags->arena, sizeof(PslDiag));
	d->severity = sev;
	d->syntax = syntax;
	d->span = span;
	psl_buf_init(&buf);
	psl_buf_vprintf(&buf, fmt, ap);
	d->message = psl_buf_to_arena(&buf, diags->arena);
	psl_buf_free(&buf);
	psl_vec_push(diags->arena, &diags->items, d);
}

void
psl_syntax_error(PslDiagnostics *diags, PslSpan span, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	add_diag(diags, PSL_ERROR, true, span, fmt, ap);
	va_end(ap);
}

void
psl_error(PslDiagnostics *diags, PslSpan span, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	add_diag(diags, PSL_ERROR, false, span, fmt, ap);
	va_end(ap);
}

void
psl_warning(PslDiagnostics *diags, PslSpan span, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	add_diag(diags, PSL_WARNING, false, span, fmt, ap);
	va_end(ap);
}

void
psl_line_col(const char *source, int source_len, int offset, int *line, int *col)
{
	int			l = 1;
	int			c = 1;
	int			i;

	if (offset > source_len)
		offset = source_len;
	for (i = 0; i < offset; i++)
	{
		if (source[i] == '\n')
		{
			l++;
			c = 1;
		}
		else if (((unsigned char) source[i] & 0xC0) != 0x80)
			c++;
	}
	*line = l;
	*col = c;
}

/* Start offset of each line; returns the number of lines. */
static int
line_starts(PslArena *arena, const char *src, int len, int **out)
{
	int			n = 1;
	int			i;
	int		   *starts;

	for (i = 0; i < len; i++)
		if (src[i] == '\n')
			n++;
	starts = psl_alloc(arena, sizeof(int) * (n + 1));
	starts[0] = 0;
	n = 1;
	for (i = 0; i < len; i++)
		if (src[i] == '\n')
			starts[n++] = i + 1;
	starts[n] = len + 1;
	*out = starts;
	return n;
}

/* Append source line number `line` (1-based) with its gutter. */
static void
put_source_line(PslBuf *buf, const char *src, int len, int *starts, int nlines,
				int line)
{
	psl_buf_printf(buf, "%2d | ", line);
	if (line <= nlines)
	{
		int			s = starts[line - 1];
		int			e = line < nlines ? starts[line] - 1 : len;

		if (e > s && src[e - 1] == '\r')
			e--;
		psl_buf_putn(buf, src + s, (size_t) (e - s));
	}
	psl_buf_putc(buf, '\n');
}

/*
 * Render one diagnostic: the message, the location, the line before the
 * span and every line up to the one holding the span's (exclusive) end.
 */
static void
render_one(PslBuf *buf, PslDiagnostics *diags, PslDiag *d, const char *filename,
		   int *starts, int nlines)
{
	int			line,
				col,
				end_line,
				end_col,
				l;

	psl_line_col(diags->source, diags->source_len, d->span.start, &line, &col);
	psl_line_col(diags->source, diags->source_len, d->span.end, &end_line, &end_col);
	if (end_line < line)
		end_line = line;
	psl_buf_printf(buf, "%s: %s\n", d->severity == PSL_ERROR ? "error" : "warning", d->message);
	psl_buf_printf(buf, "  -->  %s:%d:%d\n", filename, line, col);
	psl_buf_puts(buf, "   | \n");
	if (line > 1)
		put_source_line(buf, diags->source, diags->source_len, starts, nlines, line - 1);
	else
		psl_buf_puts(buf, "   | \n");
	for (l = line; l <= end_line; l++)
		put_source_line(buf, diags->source, diags->source_len, starts, nlines, l);
	psl_buf_puts(buf, "   | \n");
}

char *
psl_render_diagnostics(PslDiagnostics *diags, const char *filename,
					   bool errors_only)
{
	PslBuf		buf;
	int		   *starts;
	int			nlines = line_starts(diags->arena, diags->source, diags->source_len, &starts);
	int			i;
	char	   *result;

	/* errors in the order Prisma reports them (phase order), then warnings */
	psl_buf_init(&buf);
	for (i = 0; i < diags->items.len; i++)
	{
		PslDiag    *d = diags->items.items[i];

		if (d->severity == PSL_ERROR)
			render_one(&buf, diags, d, filename, starts, nlines);
	}
	if (!errors_only)
		for (i = 0; i < diags->items.len; i++)
		{
			PslDiag    *d = diags->items.items[i];

			if (d->severity == PSL_WARNING)
				render_one(&buf, diags, d, filename, starts, nlines);
		}
	if (diags->items.len < diags->nerrors + diags->nwarnings)
		psl_buf_printf(&buf, "(%d more not shown)\n",
					   diags->nerrors + diags->nwarnings - diags->items.len);
	psl_buf_printf(&buf, "\nValidation Error Count: %d", diags->nerrors);
	result = psl_buf_to_arena(&buf, diags->arena);
	psl_buf_free(&buf);
	return result;
}
