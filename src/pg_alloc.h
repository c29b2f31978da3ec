/*
 * pg_alloc.h
 *		palloc-backed allocation hooks for the PSL code and jansson.
 */
#ifndef PG_ALLOC_H
#define PG_ALLOC_H

extern void pg_alloc_install(void);

#endif							/* PG_ALLOC_H */
