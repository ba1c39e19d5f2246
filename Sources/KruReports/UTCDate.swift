import Foundation

/// Dates written the same way everywhere, in UTC, without a formatter per call
/// (date formatters are costly to create, and reports write thousands of dates).
package enum UTCDate {
    static func parts(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return parts
    }

    /// `2026-11-23T12:30:05Z` (ISO 8601).
    package static func iso8601(_ date: Date) -> String {
        let p = parts(date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(p.tm_year) + 1900, Int(p.tm_mon) + 1, Int(p.tm_mday),
            Int(p.tm_hour), Int(p.tm_min), Int(p.tm_sec))
    }

    /// `2026-11-23 12:30 UTC`, for people.
    package static func readable(_ date: Date) -> String {
        let p = parts(date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d UTC", Int(p.tm_year) + 1900, Int(p.tm_mon) + 1, Int(p.tm_mday),
            Int(p.tm_hour), Int(p.tm_min))
    }
}
