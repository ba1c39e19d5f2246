import KruCore
import KruRubric
import Testing

/// web/05-form.
struct FormTests {
    let exercise = "web/05-form"

    func failing(_ body: String) throws -> Set<String> {
        try KruRubricTests.failing(exercise, page("<!DOCTYPE html><html><head><title>t</title></head><body>\(body)</body></html>"))
    }

    @Test func complete() throws {
        #expect(try failing("<form><label>Name <input></label><input type=email><button>Go</button></form>").isEmpty)
        #expect(try failing("<form><label for=n>Name</label><input id=n type=TEXT><input type=Email><input type=submit></form>").isEmpty)
        // The label may be outside the form.
        #expect(try failing("<label for=n>Name</label><form><input id=n><input type=email><button type=submit>Go</button></form>").isEmpty)
    }

    @Test func noForm() throws {
        #expect(try failing("<input><input type=email><button>x</button>") == ["form", "labelled-text-input", "email-input", "submit"])
    }

    @Test func labelledTextInput() throws {
        #expect(try failing("<form><input type=text><input type=email><button>Go</button></form>") == ["labelled-text-input"])
        #expect(try failing("<form><label>Email <input type=email></label><input type=email><button>Go</button></form>") == ["labelled-text-input"])
        #expect(try failing("<form><label for=name>N</label><input id=Name><input type=email><button>Go</button></form>") == ["labelled-text-input"])
        #expect(try failing("<form><label for=\"name \">N</label><input id=name><input type=email><button>Go</button></form>") == ["labelled-text-input"])
        #expect(try failing("<form><label>N</label><input><input type=email><button>Go</button></form>") == ["labelled-text-input"])
        // A password box is not a text input.
        #expect(try failing("<form><label>P <input type=password></label><input type=email><button>Go</button></form>") == ["labelled-text-input"])
    }

    @Test func emailInput() throws {
        #expect(try failing("<form><label>N <input></label><input type=text placeholder=email><button>Go</button></form>") == ["email-input"])
        #expect(try failing("<form><label>N <input></label><input type=\"EMAIL\"><button>Go</button></form>").isEmpty)
        #expect(try failing("<form><label>N <input></label><button>Go</button></form><input type=email>") == ["email-input"])
    }

    @Test func submit() throws {
        #expect(try failing("<form><label>N <input></label><input type=email><button type=button>Go</button></form>") == ["submit"])
        #expect(try failing("<form><label>N <input></label><input type=email><button type=reset>Go</button></form>") == ["submit"])
        #expect(try failing("<form><label>N <input></label><input type=email><BUTTON TYPE=SUBMIT>Go</BUTTON></form>").isEmpty)
        #expect(try failing("<form><label>N <input></label><input type=email><input type=button value=Go></form>") == ["submit"])
        #expect(try failing("<form><label>N <input></label><input type=email></form><button>Go</button>") == ["submit"])
    }

    @Test func onlyTheFirstFormCounts() throws {
        let good = "<form><label>N <input></label><input type=email><button>Go</button></form>"
        #expect(try failing("<form><input type=search></form>" + good) == ["labelled-text-input", "email-input", "submit"])
    }

    @Test func labelMismatchMessage() throws {
        let html = "<form>\n<label for=\"Name\">N</label>\n<input id=\"name\">\n<input type=email><button>Go</button></form>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page(html))
        let check = try #require(grade.checks.first { $0.id == "labelled-text-input" })
        #expect(check.message.en.contains("has for=\"Name\" but the id is \"name\""))
        #expect(check.location?.line == 2)
    }
}
