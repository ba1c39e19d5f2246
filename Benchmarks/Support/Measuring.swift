import Dispatch
import Foundation

/// Wall-clock seconds `body` takes.
public func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// User + system CPU seconds of the process so far (all threads).
public func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The most resident memory the process has used, in MB.
public func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

/// Runs `body(0..<count)` on `jobs` threads, each taking the next index until none is left.
public func parallel(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = NextIndex()
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
        while let index = next.take(below: count) { body(index) }
    }
}

/// Hands out 0, 1, 2 … to several threads.
final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
