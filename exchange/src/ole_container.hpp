#pragma once
// An OLE compound file: the container of Excel 97-2003's .xls, and the one
// Office encrypts a password-protected .xlsx into. Told apart by what it
// holds, so that the officer is told what to do with a file cwtrack cannot
// read.
#include <string>
#include <string_view>

namespace cwt {

// Whether the bytes start as an OLE compound file does.
bool is_ole_container(std::string_view bytes);

// Whether the container holds an EncryptedPackage stream: an .xlsx that
// Office encrypted with a password.
bool is_encrypted_package(std::string_view bytes);
// Why such a workbook is not read, and what to do.
std::string encrypted_package_refusal();

// Whether an .xls is encrypted with a password: its workbook stream begins
// with a BOF record followed by a FILEPASS record (as Excel, WPS and
// LibreOffice write it; the records' headers stay readable). Read on the
// container's bytes: the stream starts a sector of its own.
bool xls_has_password(std::string_view bytes);

// Whether the entries of the container's first directory sector (the only
// one FreeXL reads) are sound where FreeXL trusts them, as it reads them
// (the sector size from the header, 512 or 4096; the directory's first
// sector at (start + 1) * size in 32-bit arithmetic; a file FreeXL refuses
// on its own, too short or of another sector size, passes). Found by
// fuzzing FreeXL 1.0.6:
// - a name no longer than the 64 bytes an entry holds: FreeXL converts it
//   by the length the entry states, reading up to 64 KB past the entry;
// - a stream no longer than the file: FreeXL allocates the root entry's
//   stream at the length stated (up to 4 GB) and, when the sectors are not
//   there, leaves the allocation behind.
bool ole_directory_is_sound(std::string_view bytes);

}  // namespace cwt
