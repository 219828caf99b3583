// A stand-in for cwtrack-xls-reader (exchange/helper/) that misbehaves as a
// FreeXL crashing on a damaged file would: the import's tests
// (xls_reader_test.cpp) name it with use_xls_reader_program and check that
// the program reading the file survives and calls the file damaged. What it
// does is the first word of the file it is given:
//   crash   dereferences a null pointer (SIGSEGV; an access violation on
//           Windows, without Windows' crash dialog)
//   hang    sleeps for a minute
//   flood   writes without end
//   cut     writes the stream's beginning, then exits 0
//   fail    writes nothing and exits 3
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

#ifdef _WIN32
#include <windows.h>
#endif

#include "../../exchange/src/xls_stream.hpp"

int main(int argc, char** argv) {
#ifdef _WIN32
  SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
  if (argc != 2) return 2;
  std::string word;
  std::ifstream(argv[1]) >> word;
  if (word == "crash") {
    volatile int* nowhere = nullptr;
    *nowhere = 1;
  } else if (word == "hang") {
    std::this_thread::sleep_for(std::chrono::minutes(1));
  } else if (word == "flood") {
    static char block[65536];
    while (std::fwrite(block, 1, sizeof block, stdout) == sizeof block) {
    }
  } else if (word == "cut") {
    cwt::xls_stream::Writer out(stdout);
    out.magic();
    out.tag(cwt::xls_stream::Tag::open);
    out.i32(0);
    out.tag(cwt::xls_stream::Tag::info);
    out.u32(0);
    return 0;
  }
  return 3;
}
