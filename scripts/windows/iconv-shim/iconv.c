/* cwtrack's iconv for FreeXL on Windows: see iconv.h. Every conversion goes
   through UTF-16: from the source charset with MultiByteToWideChar (or as
   it is, for UTF-16LE), to the target with WideCharToMultiByte, both
   refusing what the charset does not have rather than guessing. */
#include "iconv.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "localcharset.h"

/* UTF-16LE is no code page of Windows': its own marker. */
#define SHIM_UTF16LE 0u

struct shim_converter {
  unsigned from, to; /* code pages, or SHIM_UTF16LE */
};

/* The code page a charset name means, or -1. */
static long code_page_of(const char* name) {
  if (_stricmp(name, "UTF-8") == 0) return CP_UTF8;
  if (_stricmp(name, "UTF-16LE") == 0) return SHIM_UTF16LE;
  if (_stricmp(name, "ASCII") == 0) return 20127;
  if (_stricmp(name, "MacRoman") == 0) return 10000;
  if (_strnicmp(name, "CP", 2) == 0 && name[2] >= '1' && name[2] <= '9') {
    char* end = NULL;
    const unsigned long page = strtoul(name + 2, &end, 10);
    if (*end == '\0' && page <= 65535 && IsValidCodePage((UINT)page)) return (long)page;
  }
  return -1;
}

iconv_t iconv_open(const char* tocode, const char* fromcode) {
  const long to = code_page_of(tocode), from = code_page_of(fromcode);
  struct shim_converter* converter;
  if (to < 0 || from < 0) {
    errno = EINVAL;
    return (iconv_t)-1;
  }
  converter = malloc(sizeof *converter);
  if (!converter) {
    errno = ENOMEM;
    return (iconv_t)-1;
  }
  converter->from = (unsigned)from;
  converter->to = (unsigned)to;
  return converter;
}

int iconv_close(iconv_t cd) {
  free(cd);
  return 0;
}

/* Whether every surrogate in `text` is one of a pair: WideCharToMultiByte
   would write U+FFFD for a lone one, where iconv refuses it. */
static int pairs_whole(const wchar_t* text, int length) {
  int i;
  for (i = 0; i < length; ++i) {
    if (text[i] >= 0xD800 && text[i] <= 0xDBFF) {
      if (i + 1 >= length || text[i + 1] < 0xDC00 || text[i + 1] > 0xDFFF) return 0;
      ++i;
    } else if (text[i] >= 0xDC00 && text[i] <= 0xDFFF) {
      return 0;
    }
  }
  return 1;
}

size_t iconv(iconv_t cd, char** inbuf, size_t* inbytesleft, char** outbuf, size_t* outbytesleft) {
  const struct shim_converter* converter = cd;
  wchar_t* wide = NULL;
  int length = 0, written = 0;
  if (!inbuf || !*inbuf) return 0; /* a reset: no state is kept */
  if (*inbytesleft > INT_MAX / 2 || *outbytesleft > INT_MAX) {
    errno = E2BIG;
    return (size_t)-1;
  }
  if (*inbytesleft == 0) return 0;

  /* The input as UTF-16. */
  if (converter->from == SHIM_UTF16LE) {
    if (*inbytesleft % 2 != 0) {
      errno = EINVAL; /* half a character at the end */
      return (size_t)-1;
    }
    length = (int)(*inbytesleft / 2);
    wide = malloc((size_t)length * sizeof(wchar_t));
    if (!wide) {
      errno = ENOMEM;
      return (size_t)-1;
    }
    memcpy(wide, *inbuf, *inbytesleft);
  } else {
    /* MB_ERR_INVALID_CHARS: a byte the code page lacks is an error, not
       U+FFFD. (Code page 20127 and 10000 take no flags on old Windows
       versions; current ones accept it for all single-byte pages.) */
    length = MultiByteToWideChar(converter->from, MB_ERR_INVALID_CHARS, *inbuf, (int)*inbytesleft,
                                 NULL, 0);
    if (length <= 0) {
      errno = EILSEQ;
      return (size_t)-1;
    }
    wide = malloc((size_t)length * sizeof(wchar_t));
    if (!wide) {
      errno = ENOMEM;
      return (size_t)-1;
    }
    MultiByteToWideChar(converter->from, MB_ERR_INVALID_CHARS, *inbuf, (int)*inbytesleft, wide,
                        length);
  }
  if (!pairs_whole(wide, length)) {
    free(wide);
    errno = EILSEQ;
    return (size_t)-1;
  }

  /* The UTF-16 as the output charset. */
  if (converter->to == SHIM_UTF16LE) {
    if ((size_t)length * 2 > *outbytesleft) {
      free(wide);
      errno = E2BIG;
      return (size_t)-1;
    }
    memcpy(*outbuf, wide, (size_t)length * 2);
    written = length * 2;
  } else {
    BOOL lossy = FALSE;
    /* The default-character check is refused for UTF-8 (and not needed:
       UTF-8 has every character). */
    BOOL* check = converter->to == CP_UTF8 ? NULL : &lossy;
    const DWORD flags = converter->to == CP_UTF8 ? WC_ERR_INVALID_CHARS : WC_NO_BEST_FIT_CHARS;
    const int needed =
        WideCharToMultiByte(converter->to, flags, wide, length, NULL, 0, NULL, check);
    if (needed <= 0 || lossy) {
      free(wide);
      errno = EILSEQ;
      return (size_t)-1;
    }
    if ((size_t)needed > *outbytesleft) {
      free(wide);
      errno = E2BIG;
      return (size_t)-1;
    }
    written = WideCharToMultiByte(converter->to, flags, wide, length, *outbuf, needed, NULL, NULL);
  }
  free(wide);
  *inbuf += *inbytesleft;
  *inbytesleft = 0;
  *outbuf += written;
  *outbytesleft -= (size_t)written;
  return 0;
}

const char* locale_charset(void) {
  static char name[16];
  snprintf(name, sizeof name, "CP%u", GetACP());
  return name;
}
