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

}  // namespace cwt
