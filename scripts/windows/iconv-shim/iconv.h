/* cwtrack's iconv for FreeXL on Windows (MinGW-w64 has no iconv): the
   three functions FreeXL calls, over Windows' own code page conversions
   (MultiByteToWideChar, WideCharToMultiByte). Charsets: "UTF-8",
   "UTF-16LE", "ASCII", "MacRoman" and "CPnnn" for any code page Windows
   has (CP936 for Chinese, CP1252, ...). Built into libiconv.a in FreeXL's
   prefix by scripts/windows/build-freexl; only freexl.c includes this. */
#ifndef CWTRACK_ICONV_SHIM_H
#define CWTRACK_ICONV_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void* iconv_t;

/* A converter from `fromcode` to `tocode`, or (iconv_t)-1 with errno
   EINVAL when either is not one of the charsets above. */
iconv_t iconv_open(const char* tocode, const char* fromcode);

/* Converts the whole input at once (FreeXL hands every string whole): on
   success moves both buffers past what was read and written and returns 0;
   otherwise returns (size_t)-1 with nothing consumed, errno EILSEQ for a
   byte sequence the charset does not have (or an incomplete one), E2BIG
   when the output does not fit. A null input only resets (nothing to do:
   the conversions keep no state). */
size_t iconv(iconv_t cd, char** inbuf, size_t* inbytesleft, char** outbuf, size_t* outbytesleft);

int iconv_close(iconv_t cd);

#ifdef __cplusplus
}
#endif

#endif
