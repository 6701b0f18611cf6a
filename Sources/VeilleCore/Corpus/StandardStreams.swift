#if canImport(Glibc)
import Glibc
#endif

/// Standard input, output and error as the process found them. A stream that was closed when veille
/// started (`<&-`) is opened on /dev/null before anything else opens a file: otherwise the index or an
/// article would be given descriptor 0 and be read as standard input, or written over as output.
public enum StandardStreams {
    /// The descriptors among 0, 1 and 2 that were closed; read it first thing, which also reopens them.
    public static let closedAtStart: Set<Int32> = {
        var closed: Set<Int32> = []
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            // open(2) takes the lowest free descriptor, which is this one.
            _ = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            closed.insert(fd)
        }
        return closed
    }()

    public static var inputWasClosed: Bool { closedAtStart.contains(0) }

    /// The fewest descriptors veille runs with: its own (streams, terminal, index, runtime) and one file.
    public static let fewestOpenFiles = 14

    /// Raises the soft limit on open files to the hard one (as Go's runtime does for every program): a
    /// shell's default of 1024 is a setting, not a budget, and the loader sizes its workers by it. Returns
    /// the limit now in force.
    @discardableResult
    public static func raiseOpenFileLimit() -> Int {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        guard getrlimit(resource, &limit) == 0 else { return Int.max }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur == rlim_t.max ? Int.max : Int(limit.rlim_cur)
    }
}
