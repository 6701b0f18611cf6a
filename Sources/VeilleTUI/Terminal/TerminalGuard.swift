#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Puts the terminal back whatever happens: quit signals are turned into a flag the
/// input loop checks, and crashes (a Swift trap is SIGILL/SIGTRAP) write a reset
/// sequence and the saved tty modes from inside the signal handler.
enum TerminalGuard {
    /// The quit signal received, 0 when none. Atomic stores are async-signal-safe.
    static let received = Atomic<Int32>(0)

    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    // Read only from the crash handler, written once before curses starts: the only
    // state a signal handler may touch, preallocated because handlers cannot allocate.
    // On the heap, like `previous`: handing a Swift global to C by `&` let tcgetattr write past it (the
    // address sanitizer saw a 60-byte write into a global it had laid out smaller).
    nonisolated(unsafe) private static let savedTermios: UnsafeMutablePointer<termios> = {
        let p = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        p.initialize(to: termios())
        return p
    }()
    nonisolated(unsafe) private static var haveTermios = false
    nonisolated(unsafe) private static var resetBytes: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) private static var resetCount = 0
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var savedStderr: Int32 = -1

    /// Before curses starts: a parent (tmux, a test runner) may hand us blocked signals.
    static func installQuitHandlers() {
        var set = sigset_t()
        sigemptyset(&set)
        for s in quitSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&set, s) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        received.store(0, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in TerminalGuard.received.store(signal, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the blocking read must return so the loop sees the flag
        for s in quitSignals { sigaction(s, &action, nil) }
    }

    static func saveTTYModes() {
        haveTermios = tcgetattr(STDIN_FILENO, savedTermios) == 0 || tcgetattr(STDOUT_FILENO, savedTermios) == 0
    }

    /// Arms the crash handlers with the bytes that undo what curses did to the screen.
    static func installCrashHandlers(reset: [UInt8]) {
        resetBytes?.deallocate()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, reset.count))
        buffer.initialize(from: reset, count: reset.count)
        resetBytes = buffer
        resetCount = reset.count
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, info, _ in
            TerminalGuard.restoreFromHandler()
            sigaction(signal, TerminalGuard.previous + Int(signal), nil)
            // A fault re-executes the instruction and meets the previous handler (Swift's
            // backtracer); a signal sent by raise/kill must be raised again.
            if let info, info.pointee.si_code <= 0 { raise(signal) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        for s in crashSignals { sigaction(s, &action, previous + Int(s)) }
    }

    static func uninstallCrashHandlers() {
        for s in crashSignals { sigaction(s, previous + Int(s), nil) }
    }

    private static func restoreFromHandler() {
        if let bytes = resetBytes, resetCount > 0 { _ = write(STDOUT_FILENO, bytes, resetCount) }
        if haveTermios { tcsetattr(STDIN_FILENO, TCSANOW, savedTermios) }
        if savedStderr >= 0 { dup2(savedStderr, STDERR_FILENO) }
    }

    /// While curses owns the screen, anything written to stderr (a runtime error message
    /// included) would land on the alternate screen and be lost, or garble it.
    static func redirectStderr(to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        savedStderr = dup(STDERR_FILENO)
        dup2(fd, STDERR_FILENO)
        close(fd)
    }

    static func restoreStderr() {
        guard savedStderr >= 0 else { return }
        dup2(savedStderr, STDERR_FILENO)
        close(savedStderr)
        savedStderr = -1
    }

    /// After the terminal is restored: die of the signal, so the parent sees the usual status.
    static func reraiseIfSignalled() {
        let s = received.load(ordering: .relaxed)
        guard s != 0 else { return }
        signal(s, SIG_DFL)
        raise(s)
    }

    static var logPath: String {
        if let path = FileSystem.environment("VEILLE_LOG"), !path.isEmpty { return path }
        let state = FileSystem.environment("XDG_STATE_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? FileSystem.environment("HOME").map { $0 + "/.local/state" }
        guard let state else { return "/dev/null" }
        let dir = state + "/veille"
        var path = ""
        for part in dir.split(separator: "/") {
            path += "/" + part
            mkdir(path, 0o700)
        }
        return dir + "/veille.log"
    }
}
