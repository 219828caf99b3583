/* cwtrack's stand-in for libcharset's header, which freexl.c includes on
   MinGW (it never calls the function): the ANSI code page's name, "CPnnn". */
#ifndef CWTRACK_LOCALCHARSET_SHIM_H
#define CWTRACK_LOCALCHARSET_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

const char* locale_charset(void);

#ifdef __cplusplus
}
#endif

#endif
