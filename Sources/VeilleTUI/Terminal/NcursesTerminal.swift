import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

// The only file that calls ncurses: terminal setup and teardown, copying the
// cell buffer to the screen, and decoding of keys and mouse events.

/// Why the terminal cannot be used; the caller prints the text export instead.
struct TerminalUnavailable: Error {
    /// One line for stderr, or nil when there is nothing worth saying (stdout piped).
    var message: String?
}

@MainActor
final class NcursesTerminal {
    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let ascii: Bool
    let depth: ColorDepth
    private var styles: [Role: (attrs: attr_t, pair: Int32)] = [:]
    private var ttyInput: UnsafeMutablePointer<FILE>?
    private var keyTimeout: Int32 = 1000

    /// Sets the locale, opens the terminal with `newterm` (never `initscr`, which exits
    /// on an unknown TERM) and checks that the cursor can be addressed.
    init(forceUTF8: Bool) throws(TerminalUnavailable) {
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalUnavailable(message: nil) }
        setlocale(LC_ALL, "")
        if forceUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        ascii = codeset != "UTF-8"

        let term = FileSystem.environment("TERM") ?? ""
        guard !term.isEmpty else { throw TerminalUnavailable(message: "veille: TERM is not set; printing the text export") }
        // Keys and the screen come from the terminal even when the articles were piped in.
        if isatty(STDIN_FILENO) == 0 { ttyInput = fopen("/dev/tty", "r") }
        guard let screen = newterm(nil, ncs_stdout(), ttyInput ?? ncs_stdin()) else {
            if let ttyInput { fclose(ttyInput) }
            throw TerminalUnavailable(message: "veille: unknown terminal type “\(term)”; printing the text export")
        }
        self.screen = screen
        let cup = tigetstr("cup")
        guard let cup, Int(bitPattern: cup) != -1 else {
            endwin()
            delscreen(screen)
            throw TerminalUnavailable(message: "veille: terminal “\(term)” cannot move the cursor; printing the text export")
        }
        guard let window = ncs_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalUnavailable(message: "veille: the terminal has no screen")
        }
        self.window = window
        let noColor = !(FileSystem.environment("NO_COLOR") ?? "").isEmpty
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
        }
        depth = ColorDepth(colors: has_colors() ? Int(ncs_colors()) : 0, noColor: noColor)

        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        wtimeout(window, keyTimeout)
        mousemask(NCS_BUTTON1_PRESSED | NCS_BUTTON1_CLICKED | NCS_BUTTON4_PRESSED | NCS_BUTTON5_PRESSED, nil)
        mouseinterval(0)
    }

    var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    /// What a crash handler writes to leave the screen usable: attributes off, cursor
    /// shown, keypad and mouse reporting off, main screen back.
    func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = tigetstr(cap), Int(bitPattern: s) != -1 { bytes += Array(String(cString: s).utf8) }
        }
        if let s = tigetstr("kmous"), Int(bitPattern: s) != -1 { bytes += Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) }
        return bytes + [13, 10]
    }

    func apply(_ theme: Theme) {
        styles = [:]
        for role in Role.allCases {
            let look = depth == .none ? theme.monochrome(role) : theme.appearance(role)
            var attrs = NCS_A_NORMAL
            if look.bold { attrs |= NCS_A_BOLD }
            if look.dim { attrs |= NCS_A_DIM }
            if look.underline { attrs |= NCS_A_UNDERLINE }
            if look.reverse { attrs |= NCS_A_REVERSE }
            var pair: Int32 = 0
            if depth != .none {
                let fg = ColorMapping.index(look.fg, depth: depth)
                let bg = ColorMapping.index(look.bg, depth: depth)
                if fg != -1 || bg != -1 { pair = max(0, alloc_pair(Int32(fg), Int32(bg))) }
            }
            styles[role] = (attrs, pair)
        }
        var blank = cchar_t()
        var space: [wchar_t] = [32, 0]
        let text = styles[.text] ?? (NCS_A_NORMAL, 0)
        setcchar(&blank, &space, text.attrs, Int16(truncatingIfNeeded: text.pair), nil)
        wbkgrndset(window, &blank)
    }

    /// Draws a whole frame into the cell buffer, then copies it to the window. Copying every cell is cheap
    /// because `doupdate` only sends the cells that differ from what the terminal already shows.
    func draw(_ state: AppState, repaintAll: Bool = false) {
        var grid = CellGrid(size: size, ascii: ascii)
        DashboardView.render(state, into: &grid)
        copy(grid)
        if let cursor = grid.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        if repaintAll { clearok(window, true) }
        wnoutrefresh(window)
        doupdate()
    }

    /// The cells row by row, one `waddnwstr` per run of one role; the right half of a wide character
    /// is no cell of its own.
    private func copy(_ grid: CellGrid) {
        var run: [wchar_t] = []
        run.reserveCapacity(grid.size.width * 2)
        for y in 0..<min(grid.size.height, size.height) {
            var x = 0
            let width = min(grid.size.width, size.width)
            while x < width {
                let role = grid[x, y].role
                let start = x
                run.removeAll(keepingCapacity: true)
                while x < width, grid[x, y].role == role {
                    for scalar in grid[x, y].text.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                    x += 1
                }
                let style = styles[role] ?? (NCS_A_NORMAL, 0)
                wattr_set(window, style.attrs, Int16(truncatingIfNeeded: style.pair), nil)
                mvwaddnwstr(window, Int32(y), Int32(start), run, Int32(run.count))
            }
        }
    }

    /// How long `readKey` waits before it gives up.
    func setKeyTimeout(milliseconds: Int32) {
        guard milliseconds != keyTimeout else { return }
        keyTimeout = milliseconds
        wtimeout(window, milliseconds)
    }

    /// The next key, nil on timeout or interruption; `eof` is set when input is gone.
    func readKey() -> (key: Key?, instantError: Bool) {
        var ch: wint_t = 0
        let started = monotonicMilliseconds()
        let result = wget_wch(window, &ch)
        if result == ERR { return (nil, monotonicMilliseconds() - started < 5) }
        if result == KEY_CODE_YES { return (decodeKeyCode(Int32(ch)), false) }
        switch ch {
        case 27: return (.escape, false)
        case 9: return (.tab, false)
        case 10, 13: return (.enter, false)
        case 12: return (.control("L"), false)
        // Only when the terminal delivers it as a key; otherwise it is SIGINT, which quits too.
        case 3: return (.control("C"), false)
        case 8, 127: return (.backspace, false)
        case 0..<32: return (nil, false)
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return (nil, false) }
            return (.character(Character(scalar)), false)
        }
    }

    private func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE, KEY_DC: return .backspace
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let point = Point(x: Int(event.x), y: Int(event.y))
            if event.bstate & NCS_BUTTON4_PRESSED != 0 { return .wheel(point, -1) }
            if event.bstate & NCS_BUTTON5_PRESSED != 0 { return .wheel(point, 1) }
            if event.bstate & (NCS_BUTTON1_PRESSED | NCS_BUTTON1_CLICKED) != 0 { return .click(point) }
            return nil
        default: return nil
        }
    }

    func close() {
        curs_set(1)
        endwin()
        delscreen(screen)
        if let ttyInput { fclose(ttyInput) }
    }

    private func monotonicMilliseconds() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1000 + t.tv_nsec / 1_000_000
    }
}
