import Foundation

/// Identifies the process running a batch run, so a later run can tell a
/// run still in progress (another `kru grade` on the same database) from one
/// whose process was killed: `host:pid:start`, where `start` is the process's
/// start time (so a recycled process id is not taken for the old process).
enum RunOwner {
    /// The owner string of this process.
    static let current: String = owner(pid: getpid()) ?? "\(hostName):\(getpid()):?"

    static var hostName: String { ProcessInfo.processInfo.hostName }

    static func owner(pid: pid_t) -> String? {
        guard let start = startTime(pid) else { return nil }
        return "\(hostName):\(pid):\(start)"
    }

    /// Whether the process named by `owner` is still running. A run owned by
    /// another machine (a database on a shared drive) is assumed alive.
    static func isAlive(_ owner: String) -> Bool {
        let parts = owner.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]) else { return false }
        let host = parts.dropLast(2).joined(separator: ":")
        guard host == hostName else { return true }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        let start = parts[parts.count - 1]
        guard start != "?", let now = startTime(pid) else { return true }
        return now == start
    }

    /// The start time of a process in clock ticks since boot (field 22 of
    /// `/proc/<pid>/stat`), or nil where there is no `/proc`.
    static func startTime(_ pid: pid_t) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // The command name (field 2) is in parentheses and may hold spaces.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 is fields[19].
        return fields.count > 19 ? String(fields[19]) : nil
    }
}
