#pragma once
// Every sentence a person reads is written in English in the code, marked
// with tr() or trn(), and looked up in the program's message catalog (po/),
// so that the command line and the desktop program speak the officer's
// language. The model knows no catalog format: each program installs a lookup
// at start (cwt::platform's use_message_language); without one the English
// text is used (tests, tools).
#include <concepts>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "cwt/model/codes.hpp"

namespace cwt {

struct MessageCatalog {
  // msgid -> its translation, or msgid itself when there is none.
  std::function<std::string(const char* msgid)> text;
  // The form for n of a sentence with singular and plural English forms.
  std::function<std::string(const char* singular, const char* plural, std::size_t n)> plural;
  // The language the catalog translates into (English without a catalog).
  Language language = Language::en;
};

// Installed once at start, before any other thread runs; an empty catalog
// restores English.
void install_message_catalog(MessageCatalog catalog);
// The language of the installed catalog's sentences.
Language message_language();

// Who reads the sentences. The command line's user types setting keys and
// codes, so its sentences give them beside the names people use (the
// setting "Most hours per record" (max_record_hours); party_secretary
// (社区党组织书记)); the desktop program's user picks settings and values
// by their names, so its sentences give the names only. The desktop's by
// default; the command line says so while it runs.
enum class Reader { desktop, command_line };
Reader message_reader();
void set_message_reader(Reader reader);

namespace detail {
std::string fill(std::string_view pattern, std::initializer_list<std::string> arguments);
inline std::string argument_text(std::string_view text) { return std::string(text); }
template <std::integral I>
requires(!std::same_as<I, bool> && !std::same_as<I, char>) std::string argument_text(I number) {
  return std::to_string(number);
}
}  // namespace detail

// Marks a sentence for the catalog where it is chosen, to be translated by
// tr() later where it is used (a pattern handed to a helper that fills it
// only when there is a problem: the hot path of an import pays no lookup).
constexpr const char* tr_noop(const char* msgid) { return msgid; }

// The sentence in the program's language.
std::string tr(const char* msgid);
// tr("{1} is not a date", text): {1}..{9} replaced by the arguments (texts or
// integers), in whatever order the translation puts them.
template <class... A>
std::string tr(const char* msgid, const A&... arguments) {
  return detail::fill(tr(msgid), {detail::argument_text(arguments)...});
}
// trn("{1} problem", "{1} problems", n, n): the form for n (English has two,
// Chinese one), then filled like tr.
std::string trn(const char* singular, const char* plural, std::size_t n);
template <class... A>
std::string trn(const char* singular, const char* plural, std::size_t n, const A&... arguments) {
  return detail::fill(trn(singular, plural, n), {detail::argument_text(arguments)...});
}

}  // namespace cwt
