/*
 * psl_alloc.c
 *		Arena, vector and string builder for the standalone PSL code.
 */
#include "psl_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE 16384

static PslMallocHook hook_malloc = malloc;
static PslReallocHook hook_realloc = realloc;
static PslFreeHook hook_free = free;
static PslMallocNearHook hook_malloc_near = NULL;

typedef struct ArenaBlock
{
	struct ArenaBlock *next;
	size_t		used;
	size_t		size;
	/* data follows, max-aligned */
	union
	{
		long double ld;
		void	   *p;
		long long	ll;
	}			data[];
} ArenaBlock;

struct PslArena
{
	ArenaBlock *head;
};

/* Install the allocation hooks (palloc in the backend). */
void
psl_set_allocator(PslMallocHook m, PslReallocHook r, PslFreeHook f)
{
	hook_malloc = m;
	hook_realloc = r;
	hook_free = f;
}

/* Install the hook that allocates an arena's blocks next to the arena. */
void
psl_set_block_allocator(PslMallocNearHook near)
{
	hook_malloc_near = near;
}

/* Allocate with the hook and fail hard on exhaustion (malloc only). */
static void *
checked_malloc(size_t size)
{
	void	   *p = hook_malloc(size);

	if (p == NULL)
	{
		fprintf(stderr, "psl: out of memory\n");
		abort();
	}
	return p;
}

PslArena *
psl_arena_create(void)
{
	PslArena   *arena = checked_malloc(sizeof(PslArena));

	arena->head = NULL;
	return arena;
}

void
psl_arena_destroy(PslArena *arena)
{
	ArenaBlock *b = arena->head;

	while (b)
	{
		ArenaBlock *next = b->next;

		hook_free(b);
		b = next;
	}
	hook_free(arena);
}

/* Return zeroed, max-aligned memory from the arena. */
void *
psl_alloc(PslArena *arena, size_t size)
{
	ArenaBlock *b = arena->head;
	size_t		align = sizeof(b->data[0]);
	void	   *p;

	size = (size + align - 1) & ~(align - 1);
	if (size == 0)
		size = align;
	if (b == NULL || b->used + size > b->size)
	{
		size_t		bsize = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;

		b = hook_malloc_near ? hook_malloc_near(arena, sizeof(ArenaBlock) + bsize) :
			checked_malloc(sizeof(ArenaBlock) + bsize);
		b->used = 0;
		b->size = bsize;
		b->next = arena->head;
		arena->head = b;
	}
	p = (char *) b->data + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

char *
psl_strndup(PslArena *arena, const char *s, size_t len)
{
	char	   *p = psl_alloc(arena, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
psl_strdup(PslArena *arena, const char *s)
{
	return psl_strndup(arena, s, strlen(s));
}

/* printf into arena memory. */
char *
psl_printf(PslArena *arena, const char *fmt,...)
{
	PslBuf		buf;
	va_list		ap;
	char	   *result;

	psl_buf_init(&buf);
	va_start(ap, fmt);
	psl_buf_vprintf(&buf, fmt, ap);
	va_end(ap);
	result = psl_buf_to_arena(&buf, arena);
	psl_buf_free(&buf);
	return result;
}

/* Append a pointer, doubling the backing array in the arena when full. */
void
psl_vec_push(PslArena *arena, PslVec *vec, void *item)
{
	if (vec->len == vec->cap)
	{
		int			ncap = vec->cap ? vec->cap * 2 : 4;
		void	  **items = psl_alloc(arena, sizeof(void *) * ncap);

		if (vec->len)
			memcpy(items, vec->items, sizeof(void *) * vec->len);
		vec->items = items;
		vec->cap = ncap;
	}
	vec->items[vec->len++] = item;
}

/* Position of item in vec, or -1. */
int
psl_vec_index(PslVec *vec, void *item)
{
	int			i;

	for (i = 0; i < vec->len; i++)
		if (vec->items[i] == item)
			return i;
	return -1;
}

void
psl_buf_init(PslBuf *buf)
{
	buf->cap = 256;
	buf->len = 0;
	buf->data = checked_malloc(buf->cap);
	buf->data[0] = '\0';
}

void
psl_buf_free(PslBuf *buf)
{
	if (buf->data)
		hook_free(buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}

/* Make room for n more bytes plus the terminator. */
static void
buf_reserve(PslBuf *buf, size_t n)
{
	if (buf->len + n + 1 > buf->cap)
	{
		size_t		ncap = buf->cap * 2;

		while (ncap < buf->len + n + 1)
			ncap *= 2;
		buf->data = hook_realloc(buf->data, ncap);
		if (buf->data == NULL)
		{
			fprintf(stderr, "psl: out of memory\n");
			abort();
		}
		buf->cap = ncap;
	}
}

void
psl_buf_putn(PslBuf *buf, const char *s, size_t n)
{
	buf_reserve(buf, n);
	memcpy(buf->data + buf->len, s, n);
	buf->len += n;
	buf->data[buf->len] = '\0';
}

void
psl_buf_puts(PslBuf *buf, const char *s)
{
	psl_buf_putn(buf, s, strlen(s));
}

void
psl_buf_putc(PslBuf *buf, char c)
{
	psl_buf_putn(buf, &c, 1);
}

/* Append n spaces. */
void
psl_buf_pad(PslBuf *buf, size_t n)
{
	buf_reserve(buf, n);
	memset(buf->data + buf->len, ' ', n);
	buf->len += n;
	buf->data[buf->len] = '\0';
}

void
psl_buf_vprintf(PslBuf *buf, const char *fmt, va_list ap)
{
	va_list		ap2;
	int			n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	buf_reserve(buf, (size_t) n);
	vsnprintf(buf->data + buf->len, (size_t) n + 1, fmt, ap);
	buf->len += (size_t) n;
}

void
psl_buf_printf(PslBuf *buf, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	psl_buf_vprintf(buf, fmt, ap);
	va_end(ap);
}

char *
psl_buf_to_arena(PslBuf *buf, PslArena *arena)
{
	return psl_strndup(arena, buf->data, buf->len);
}

/* Copy the text into the arena and release the builder. */
char *
psl_buf_finish(PslBuf *buf, PslArena *arena)
{
	char	   *s = psl_strndup(arena, buf->data, buf->len);

	psl_buf_free(buf);
	return s;
}
