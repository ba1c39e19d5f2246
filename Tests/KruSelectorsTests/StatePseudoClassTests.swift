import KruHTML
import KruSelectors
import Testing

@Test func readWriteAndReadOnly() throws {
    let html = """
        <input id=a><input id=b readonly><input id=c disabled><input id=d type=checkbox><textarea id=e></textarea>
        <div id=f contenteditable><p id=g>x</p><span id=h contenteditable=false>y</span></div>
        """
    #expect(try select(":read-write", in: html) == ["a", "e", "f", "g"])
    #expect(try select("input:read-only", in: html) == ["b", "c", "d"])
}

@Test func placeholderDefaultIndeterminate() throws {
    let html = """
        <form><input id=p1 placeholder=Name><input id=p2 placeholder=Name value=Sok>
        <input id=r1 type=radio name=a><input id=r2 type=radio name=b checked><input id=r3 type=radio name=b>
        <button id=b1 type=button>x</button><button id=b2>go</button><input id=b3 type=submit></form>
        <progress id=pr></progress><progress id=pv value=1></progress>
        """
    #expect(try select(":placeholder-shown", in: html) == ["p1"])
    #expect(try select(":default", in: html) == ["r2", "b2"])
    #expect(try select(":indeterminate", in: html) == ["r1", "pr"])
}

@Test func definedOpenLangDir() throws {
    let html = """
        <html lang=km><body><my-card id=m></my-card><details id=d open></details><details id=e></details>
        <p id=k>ខ្មែរ</p><p id=en lang=en-GB>x</p><div id=r dir=rtl><p id=r2>x</p></div></body></html>
        """
    #expect(try select(":not(:defined)", in: html) == ["m"])
    #expect(try select(":open", in: html) == ["d"])
    #expect(try select("p:lang(km)", in: html) == ["k", "r2"])
    #expect(try select("p:lang(EN)", in: html) == ["en"])
    #expect(try select(":dir(rtl)", in: html) == ["r", "r2"])
    #expect(try select("p:dir(ltr)", in: html) == ["k", "en"])
    #expect(try select(":dir(sideways)", in: html) == [])
    #expect(parseError(":lang(en, fr)")?.reason == .invalidArgument(pseudoClass: "lang"))
}

@Test func validityOfFormControls() throws {
    let html = """
        <form id=f><input id=a required><input id=b required value=x><input id=c type=email value=nope>
        <input id=d type=number min=1 max=9 value=12><input id=e pattern="[0-9]+" value=42></form>
        <form id=g><input id=h type=email value="sok@example.com"></form>
        """
    #expect(try select(":invalid", in: html) == ["f", "a", "c", "d"])
    #expect(try select(":valid", in: html) == ["b", "e", "g", "h"])
    #expect(try select(":out-of-range", in: html) == ["d"])
}
