import Foundation

/// An sRGB colour with 8-bit channels and an alpha in 0…1, serialised as
/// browsers serialise computed colours: `rgb(r, g, b)` or `rgba(r, g, b, a)`.
public struct RGBA: Hashable, Sendable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    public static let black = RGBA(red: 0, green: 0, blue: 0)
    public static let transparent = RGBA(red: 0, green: 0, blue: 0, alpha: 0)

    /// Whether the colour is fully transparent.
    public var isTransparent: Bool { alpha == 0 }

    /// `rgb(255, 0, 0)` or `rgba(0, 0, 0, 0.5)`.
    public var description: String {
        let r = Int(red.rounded()), g = Int(green.rounded()), b = Int(blue.rounded())
        if alpha >= 1 { return "rgb(\(r), \(g), \(b))" }
        // Chromium prints the shortest of 2 or 3 decimals that keeps the same 8-bit alpha.
        var a = (alpha * 100).rounded() / 100
        if (a * 255).rounded() != (alpha * 255).rounded() { a = (alpha * 1000).rounded() / 1000 }
        return "rgba(\(r), \(g), \(b), \(NumberFormat.format(a)))"
    }
}

/// A specified colour: a value, or `currentcolor`.
enum ColorSpec: Hashable, Sendable {
    case rgba(RGBA)
    case currentColor
}

/// Parses CSS colours: named colours, `transparent`, `currentcolor`, hex
/// forms, `rgb()`/`rgba()`/`hsl()`/`hsla()`/`hwb()` in comma and space syntax.
enum ColorParser {
    static func parse(_ values: [ComponentValue]) -> ColorSpec? {
        let parts = values.nonWhitespace
        guard parts.count == 1 else { return nil }
        return parse(parts[0])
    }

    /// The quirks-mode hash-less hex colour (`color: ff0000`, `color: 123`), read as Blink reads it:
    /// an identifier, or a non-negative integer (with its unit, `00ff00` being 0 + `ff00`) padded
    /// with zeros to six characters, that is 3 or 6 hex digits.
    static func hashlessHex(_ value: ComponentValue) -> RGBA? {
        guard value.kind == .token else { return nil }
        let token = value.token
        var text: String
        switch token.kind {
        case .ident:
            text = token.value
        case .number, .dimension:
            guard token.isInteger, token.number >= 0, token.number < 1_000_000 else { return nil }
            text = String(Int(token.number)) + (token.kind == .dimension ? token.value : "")
            if text.count < 6 { text = String(repeating: "0", count: 6 - text.count) + text }
        default:
            return nil
        }
        guard text.count == 3 || text.count == 6, text.allSatisfy(\.isHexDigit) else { return nil }
        return hex(text)
    }

    static func parse(_ value: ComponentValue) -> ColorSpec? {
        switch value.kind {
        case .token:
            let token = value.token
            switch token.kind {
            case .ident:
                let name = token.value.lowercased()
                if name == "currentcolor" { return .currentColor }
                if name == "transparent" { return .rgba(.transparent) }
                if let rgb = NamedColors.table[name] { return .rgba(rgb) }
                return nil
            case .hash:
                return hex(token.value).map { .rgba($0) }
            default:
                return nil
            }
        case .function:
            return function(value.token.value.lowercased(), value.children).map { .rgba($0) }
        case .block:
            return nil
        }
    }

    private static func hex(_ text: String) -> RGBA? {
        let digits = Array(text.lowercased().utf8)
        guard [3, 4, 6, 8].contains(digits.count) else { return nil }
        var values: [Double] = []
        func hexValue(_ b: UInt8) -> Int? {
            switch b {
            case 0x30...0x39: return Int(b - 0x30)
            case 0x61...0x66: return Int(b - 0x61 + 10)
            default: return nil
            }
        }
        if digits.count <= 4 {
            for digit in digits {
                guard let v = hexValue(digit) else { return nil }
                values.append(Double(v * 17))
            }
        } else {
            var index = 0
            while index < digits.count {
                guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
                values.append(Double(high * 16 + low))
                index += 2
            }
        }
        let alpha = values.count == 4 ? values[3] / 255 : 1
        return RGBA(red: values[0], green: values[1], blue: values[2], alpha: alpha)
    }

    /// A component: a number, a percentage or `none`.
    private enum Component {
        case number(Double)
        case percentage(Double)
        case angle(Double)  // degrees
        case none
    }

    private static func components(_ children: [ComponentValue]) -> (parts: [Component], alpha: Component?, legacy: Bool)? {
        var parts: [Component] = []
        var alpha: Component?
        var sawComma = false
        var sawSlash = false
        var sawSpaceSeparation = false
        var previousWasValue = false
        for child in children {
            guard child.kind == .token else {
                // calc() inside colours is rare for beginners; not supported.
                return nil
            }
            let token = child.token
            switch token.kind {
            case .whitespace:
                continue
            case .comma:
                guard previousWasValue, !sawSlash else { return nil }
                sawComma = true
                previousWasValue = false
                continue
            default:
                break
            }
            if token.isDelim("/") {
                guard !sawSlash, !sawComma, previousWasValue else { return nil }
                sawSlash = true
                previousWasValue = false
                continue
            }
            if previousWasValue { sawSpaceSeparation = true }
            let component: Component
            switch token.kind {
            case .number: component = .number(token.number)
            case .percentage: component = .percentage(token.number)
            case .dimension:
                switch token.value.lowercased() {
                case "deg": component = .angle(token.number)
                case "rad": component = .angle(token.number * 180 / .pi)
                case "grad": component = .angle(token.number * 0.9)
                case "turn": component = .angle(token.number * 360)
                default: return nil
                }
            case .ident where token.value.lowercased() == "none": component = .none
            default: return nil
            }
            if sawSlash {
                guard alpha == nil else { return nil }
                alpha = component
            } else {
                parts.append(component)
            }
            previousWasValue = true
        }
        if sawComma && sawSpaceSeparation { return nil }
        if sawComma {
            // Legacy syntax: commas between every component, alpha as the 4th.
            if parts.count == 4 {
                alpha = parts.removeLast()
            }
            if parts.contains(where: { if case .none = $0 { return true } else { return false } }) { return nil }
            if let alpha, case .none = alpha { return nil }
        }
        return (parts, alpha, sawComma)
    }

    private static func alphaValue(_ component: Component?) -> Double? {
        guard let component else { return 1 }
        switch component {
        case .number(let v): return min(1, max(0, v))
        case .percentage(let v): return min(1, max(0, v / 100))
        case .none: return 0
        case .angle: return nil
        }
    }

    private static func function(_ name: String, _ children: [ComponentValue]) -> RGBA? {
        guard let (parts, alphaComponent, legacy) = components(children), parts.count == 3,
            let alpha = alphaValue(alphaComponent)
        else { return nil }
        switch name {
        case "rgb", "rgba":
            var channels: [Double] = []
            var kinds = Set<Int>()
            for part in parts {
                switch part {
                case .number(let v):
                    kinds.insert(0)
                    channels.append(v)
                case .percentage(let v):
                    kinds.insert(1)
                    channels.append(v * 255 / 100)
                case .none: channels.append(0)
                case .angle: return nil
                }
            }
            if legacy, kinds.count > 1 { return nil }
            let c = channels.map { min(255, max(0, $0)) }
            return RGBA(red: c[0], green: c[1], blue: c[2], alpha: alpha)
        case "hsl", "hsla", "hwb":
            let hue: Double
            switch parts[0] {
            case .number(let v), .angle(let v): hue = v
            case .none: hue = 0
            case .percentage: return nil
            }
            var second: [Double] = []
            for part in parts.dropFirst() {
                switch part {
                case .percentage(let v): second.append(v)
                case .number(let v) where !legacy: second.append(v)
                case .none: second.append(0)
                default: return nil
                }
            }
            if name == "hwb" {
                guard !legacy else { return nil }
                var white = max(0, second[0]) / 100, black = max(0, second[1]) / 100
                if white + black >= 1 {
                    let gray = white / (white + black)
                    return RGBA(red: gray * 255, green: gray * 255, blue: gray * 255, alpha: alpha)
                }
                let base = hslToRGB(hue: hue, saturation: 1, lightness: 0.5)
                white = white * 1
                black = black * 1
                let scale = 1 - white - black
                return RGBA(
                    red: (base.0 * scale + white) * 255, green: (base.1 * scale + white) * 255,
                    blue: (base.2 * scale + white) * 255, alpha: alpha)
            }
            let saturation = min(100, max(0, second[0])) / 100
            let lightness = min(100, max(0, second[1])) / 100
            let (r, g, b) = hslToRGB(hue: hue, saturation: saturation, lightness: lightness)
            return RGBA(red: r * 255, green: g * 255, blue: b * 255, alpha: alpha)
        case "lab", "lch", "oklab", "oklch":
            return labFamily(name, parts, legacy: legacy, alpha: alpha)
        default:
            return nil
        }
    }

    /// `lab()`, `lch()`, `oklab()`, `oklch()` (space-separated only), converted to sRGB and
    /// clipped into its gamut. Chromium keeps these in their own space in computed values
    /// (`oklch(0.95 0.03 20)`); kru shows them as the nearest rgb().
    private static func labFamily(_ name: String, _ parts: [Component], legacy: Bool, alpha: Double) -> RGBA? {
        guard !legacy else { return nil }
        let ok = name.hasPrefix("ok")
        let polar = name.hasSuffix("ch")
        // Percentages: L 100% = 1 (ok) or 100; a/b 100% = 0.4 (ok) or 125; C 100% = 0.4 (ok) or 150.
        func value(_ part: Component, percentScale: Double) -> Double? {
            switch part {
            case .number(let v): return v
            case .percentage(let v): return v / 100 * percentScale
            case .none: return 0
            case .angle: return nil
            }
        }
        guard var lightness = value(parts[0], percentScale: ok ? 1 : 100) else { return nil }
        lightness = max(0, min(ok ? 1 : 100, lightness))
        var a: Double, b: Double
        if polar {
            guard let chroma = value(parts[1], percentScale: ok ? 0.4 : 150) else { return nil }
            let hue: Double
            switch parts[2] {
            case .number(let v), .angle(let v): hue = v
            case .none: hue = 0
            case .percentage: return nil
            }
            a = max(0, chroma) * cos(hue * .pi / 180)
            b = max(0, chroma) * sin(hue * .pi / 180)
        } else {
            guard let first = value(parts[1], percentScale: ok ? 0.4 : 125),
                let second = value(parts[2], percentScale: ok ? 0.4 : 125)
            else { return nil }
            (a, b) = (first, second)
        }
        let linear: (Double, Double, Double)
        if ok {
            let l = pow(lightness + 0.3963377774 * a + 0.2158037573 * b, 3)
            let m = pow(lightness - 0.1055613458 * a - 0.0638541728 * b, 3)
            let s = pow(lightness - 0.0894841775 * a - 1.2914855480 * b, 3)
            linear = (
                4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
                -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
                -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s)
        } else {
            // CIE Lab (D50) → XYZ → Bradford to D65 → linear sRGB.
            let fy = (lightness + 16) / 116, fx = fy + a / 500, fz = fy - b / 200
            func inverse(_ t: Double) -> Double { t > 6.0 / 29 ? t * t * t : 3 * pow(6.0 / 29, 2) * (t - 4.0 / 29) }
            let x = 0.96422 * inverse(fx), y = inverse(fy), z = 0.82521 * inverse(fz)
            let x65 = 0.9554734527 * x - 0.0230985369 * y + 0.0632593086 * z
            let y65 = -0.0283697093 * x + 1.0099954580 * y + 0.0210413989 * z
            let z65 = 0.0123140016 * x - 0.0205076964 * y + 1.3303659366 * z
            linear = (
                3.2409699419 * x65 - 1.5373831776 * y65 - 0.4986107603 * z65,
                -0.9692436363 * x65 + 1.8759675015 * y65 + 0.0415550574 * z65,
                0.0556300797 * x65 - 0.2039769589 * y65 + 1.0569715142 * z65)
        }
        func encoded(_ c: Double) -> Double {
            let clipped = max(0, min(1, c))
            return 255 * (clipped <= 0.0031308 ? 12.92 * clipped : 1.055 * pow(clipped, 1 / 2.4) - 0.055)
        }
        return RGBA(red: encoded(linear.0), green: encoded(linear.1), blue: encoded(linear.2), alpha: alpha)
    }

    private static func hslToRGB(hue: Double, saturation: Double, lightness: Double) -> (Double, Double, Double) {
        var h = hue.truncatingRemainder(dividingBy: 360)
        if h < 0 { h += 360 }
        func f(_ n: Double) -> Double {
            let k = (n + h / 30).truncatingRemainder(dividingBy: 12)
            let a = saturation * min(lightness, 1 - lightness)
            return lightness - a * max(-1, min(k - 3, 9 - k, 1))
        }
        return (f(0), f(8), f(4))
    }
}
