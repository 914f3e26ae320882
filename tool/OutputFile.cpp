//===--- OutputFile.cpp - otel-tidy -----------------------------*- C++ -*-===//

#include "OutputFile.h"
#include "llvm/Support/Path.h"

namespace otel_tidy {

namespace {
llvm::Error cannotWrite(llvm::StringRef What, llvm::StringRef Path,
                        const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write " + What + " '" + Path +
                                     "': " + Why);
}
} // namespace

llvm::Error checkWritable(llvm::StringRef Path, llvm::StringRef What) {
  namespace fs = llvm::sys::fs;
  if (Path.empty())
    return cannotWrite(What, Path, "no file name");
  fs::file_status Status;
  if (!fs::status(Path, Status)) {
    if (fs::is_directory(Status))
      return cannotWrite(What, Path, "it is a directory");
    if (std::error_code EC = fs::access(Path, fs::AccessMode::Write))
      return cannotWrite(What, Path, EC.message());
    if (!fs::is_regular_file(Status))
      return llvm::Error::success(); // a device or a pipe
  }
  llvm::SmallString<256> Dir(Path);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  if (!fs::is_directory(Dir))
    return cannotWrite(What, Path,
                       "the directory '" + Dir + "' does not exist");
  if (std::error_code EC = fs::access(Dir, fs::AccessMode::Write))
    return cannotWrite(What, Path,
                       "the directory '" + Dir + "': " + EC.message());
  return llvm::Error::success();
}

llvm::Expected<OutputFile> OutputFile::open(llvm::StringRef Path,
                                            llvm::StringRef What) {
  if (llvm::Error E = checkWritable(Path, What))
    return std::move(E);
  OutputFile Out;
  Out.Path = Path.str();
  Out.What = What.str();
  llvm::sys::fs::file_status Status;
  if (!llvm::sys::fs::status(Path, Status) &&
      !llvm::sys::fs::is_regular_file(Status)) {
    std::error_code EC;
    Out.Stream = std::make_unique<llvm::raw_fd_ostream>(Path, EC,
                                                        llvm::sys::fs::OF_Text);
    if (EC)
      return cannotWrite(What, Path, EC.message());
    return std::move(Out);
  }
  // Beside the file, so that the rename stays within one file system.
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Path + ".otel-tidy-%%%%%%.tmp");
  if (!Temp)
    return cannotWrite(What, Path, llvm::toString(Temp.takeError()));
  Out.Temp.emplace(std::move(*Temp));
  Out.Stream = std::make_unique<llvm::raw_fd_ostream>(Out.Temp->FD,
                                                      /*shouldClose=*/false);
  return std::move(Out);
}

llvm::Error OutputFile::commit() {
  Stream->flush();
  if (Stream->has_error()) {
    std::error_code EC = Stream->error();
    Stream->clear_error();
    return cannotWrite(What, Path, EC.message());
  }
  if (!Temp)
    return llvm::Error::success();
  llvm::Error E = Temp->keep(Path);
  Temp.reset();
  if (E)
    return cannotWrite(What, Path, llvm::toString(std::move(E)));
  return llvm::Error::success();
}

OutputFile::~OutputFile() {
  if (Stream) {
    Stream->flush();
    Stream->clear_error();
  }
  if (Temp)
    llvm::consumeError(Temp->discard());
}

} // namespace otel_tidy
