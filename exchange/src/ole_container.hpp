#pragma once
// An OLE compound file (the container of Excel 97-2003's .xls, and the one
// Office encrypts a password-protected .xlsx into) told apart by the
// streams it names, so that the officer is told what to do with this one.
#include <string>
#include <string_view>

namespace cwt {

// Whether the bytes start as an OLE compound file does.
bool is_ole_container(std::string_view bytes);

// Why such a file is not read, and what to do: a password-protected
// workbook (it holds an EncryptedPackage stream), an .xls (a Workbook or
// Book stream), or either (neither found).
std::string ole_container_refusal(std::string_view bytes);

}  // namespace cwt
