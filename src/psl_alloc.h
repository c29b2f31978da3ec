/*
 * psl_alloc.h
 *		Memory for the standalone schema-language code: an arena, a growable
 *		pointer vector and a string builder.
 *
 * The PSL lexer, parser, validator, formatter and the migration differ are
 * plain C with no PostgreSQL dependency, so they can be unit-tested and
 * fuzzed on their own.  All their memory comes from a PslArena.  The arena
 * gets its blocks from hooks: malloc/free by default, palloc/pfree inside
 * the backend (see psl_set_allocator), so an ERROR there leaks nothing.
 * Every block of an arena comes from where the arena itself was allocated
 * (psl_set_block_allocator): in the backend, the memory context that was
 * current when the arena was created, not the one current when it grows,
 * which may be a shorter-lived one such as SPI's.
 */
#ifndef PSL_ALLOC_H
#define PSL_ALLOC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef void *(*PslMallocHook) (size_t size);
typedef void *(*PslReallocHook) (void *ptr, size_t size);
typedef void (*PslFreeHook) (void *ptr);

typedef void *(*PslMallocNearHook) (void *owner, size_t size);

/* Replace the allocator used for arena blocks and builders. */
extern void psl_set_allocator(PslMallocHook m, PslReallocHook r, PslFreeHook f);

/* Allocate an arena's blocks where the arena (owner) was allocated. */
extern void psl_set_block_allocator(PslMallocNearHook near);

typedef struct PslArena PslArena;

extern PslArena *psl_arena_create(void);
extern void psl_arena_destroy(PslArena *arena);
extern void *psl_alloc(PslArena *arena, size_t size);	/* zeroed */
extern char *psl_strndup(PslArena *arena, const char *s, size_t len);
extern char *psl_strdup(PslArena *arena, const char *s);
extern char *psl_printf(PslArena *arena, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* A growable array of pointers living in an arena. */
typedef struct PslVec
{
	void	  **items;
	int			len;
	int			cap;
} PslVec;

extern void psl_vec_push(PslArena *arena, PslVec *vec, void *item);
extern int	psl_vec_index(PslVec *vec, void *item);

#define PSL_VEC_GET(vec, i) ((vec).items[(i)])

/* A string builder using the hook allocator (not the arena). */
typedef struct PslBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} PslBuf;

extern void psl_buf_init(PslBuf *buf);
extern void psl_buf_free(PslBuf *buf);
extern void psl_buf_putn(PslBuf *buf, const char *s, size_t n);
extern void psl_buf_puts(PslBuf *buf, const char *s);
extern void psl_buf_putc(PslBuf *buf, char c);
extern void psl_buf_pad(PslBuf *buf, size_t n);
extern void psl_buf_printf(PslBuf *buf, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
extern void psl_buf_vprintf(PslBuf *buf, const char *fmt, va_list ap)
			__attribute__((format(printf, 2, 0)));
extern char *psl_buf_to_arena(PslBuf *buf, PslArena *arena);
extern char *psl_buf_finish(PslBuf *buf, PslArena *arena);	/* copy + free */

#endif							/* PSL_ALLOC_H */
