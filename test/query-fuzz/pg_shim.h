/*
 * pg_shim.h
 *		The harness side of pg_shim.c: free an input's memory, and the
 *		stack base for check_stack_depth.
 */
#ifndef PG_SHIM_H
#define PG_SHIM_H

extern void shim_free_all(void);
extern void shim_set_stack_base(char *base);

#endif
