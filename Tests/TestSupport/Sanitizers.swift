#if canImport(Glibc)
import Glibc
#endif

/// Which sanitizer the test run was built with, read from the runtime's own symbols.
public enum Sanitizers {
    /// ThreadSanitizer's runtime dies of SIGBUS at start under any file-size limit (`ulimit -f`, even for
    /// `veille --help`), so the tests that stand a full disk in with one cannot run under it.
    public static let thread = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") != nil
}
