"use strict";
// Review on the report page (issue 14): click a marked figure to confirm, correct or reject its
// claim in a small form, or select words of the report to add a claim the extractor missed.
// Writes need a reviewer's token (reckon users add NAME --role reviewer), kept for this tab only.
const Review = {
  token() { return sessionStorage.getItem("reckon-token") || ""; },
  async send(path, body) {
    const r = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + Review.token() },
      body: JSON.stringify(body),
    });
    const answer = await r.json();
    if (!r.ok) throw new Error(answer.error || ("HTTP " + r.status));
    return answer;
  },
  tokenBox() {
    const box = Reckon.el("p", null, { id: "review-token-box" });
    const input = Reckon.el("input", null, { type: "password", id: "review-token", placeholder: "reviewer token", "aria-label": "reviewer token" });
    input.value = Review.token();
    const save = Reckon.el("button", "Use token", { type: "button", id: "review-token-save" });
    save.addEventListener("click", () => { sessionStorage.setItem("reckon-token", input.value.trim()); Review.say("Token set for this tab."); });
    box.append("Reviewer: ", input, " ", save);
    return box;
  },
  say(text, error) {
    const s = document.getElementById("review-status");
    if (s) { s.textContent = text; s.className = error ? "error" : "note"; }
  },
  field(form, name, value, label) {
    const input = Reckon.el("input", null, { name, "aria-label": label || name, placeholder: label || name });
    input.value = value === null || value === undefined ? "" : String(value);
    form.append(Reckon.el("label", (label || name) + " "), input, " ");
    return input;
  },
};

(() => {
  const reportId = Reckon.param("id");
  const textBox = document.getElementById("text");
  const panel = Reckon.el("section", null, { id: "review-panel" });
  panel.append(Reckon.el("h2", "Review"), Review.tokenBox(),
    Reckon.el("p", "Click a marked figure to review its claim, or select words of the report to add a claim.", { class: "note" }),
    Reckon.el("p", sessionStorage.getItem("reckon-flash") || "", { id: "review-status", class: "note" }));
  sessionStorage.removeItem("reckon-flash");
  const claimForm = Reckon.el("form", null, { id: "review-form", hidden: "" });
  const addForm = Reckon.el("form", null, { id: "add-form", hidden: "" });
  panel.append(claimForm, addForm);
  textBox.after(panel);

  const done = message => { sessionStorage.setItem("reckon-flash", message); location.reload(); };

  textBox.addEventListener("click", ev => {
    const mark = ev.target.closest("mark.figure");
    if (mark) openClaim(mark.id.replace("claim-", ""));
  });

  async function openClaim(claimId) {
    try {
      const d = await Reckon.json("/api/claims/" + encodeURIComponent(claimId));
      const c = d.claim;
      claimForm.replaceChildren(Reckon.el("h3", "Claim " + c.id + " · " + c.review + (c.reviewer ? " (last by " + c.reviewer + ")" : "")));
      claimForm.dataset.claim = c.id;
      const latest = d.history.length ? d.history[d.history.length - 1].id : 0;
      const inputs = {
        metric: Review.field(claimForm, "metric", c.metric),
        party: Review.field(claimForm, "party", c.party),
        low: Review.field(claimForm, "low", c.low),
        high: Review.field(claimForm, "high", c.high),
        qualifier: Review.field(claimForm, "qualifier", c.qualifier),
        source: Review.field(claimForm, "source", c.source),
        claimed_on: Review.field(claimForm, "claimed_on", c.claimed_on, "claimed on"),
      };
      const reason = Review.field(claimForm, "reason", "", "reason");
      const buttons = Reckon.el("p");
      const confirm = Reckon.el("button", "Confirm", { type: "button", id: "review-confirm" });
      const correct = Reckon.el("button", "Correct", { type: "button", id: "review-correct" });
      const reject = Reckon.el("button", "Reject: not a claim", { type: "button", id: "review-reject" });
      buttons.append(confirm, " ", correct, " ", reject);
      claimForm.append(buttons);
      const before = { metric: c.metric, party: c.party, low: c.low, high: c.high, qualifier: c.qualifier, source: c.source, claimed_on: c.claimed_on };
      const why = () => reason.value.trim() || null;
      const act = async (path, body, message) => {
        try { await Review.send("/api/claims/" + c.id + "/" + path, body); done(message); } catch (e) { Review.say(e.message, true); }
      };
      confirm.addEventListener("click", () => act("confirm", { reason: why(), if_latest: latest }, "Claim " + c.id + " confirmed."));
      correct.addEventListener("click", () => {
        const fields = {};
        for (const [k, input] of Object.entries(inputs)) {
          const was = before[k] === null || before[k] === undefined ? "" : String(before[k]);
          if (input.value.trim() !== was) fields[k] = input.value.trim();
        }
        if (Object.keys(fields).length === 0) { Review.say("Change a field first.", true); return; }
        act("correct", { fields, reason: why(), if_latest: latest }, "Claim " + c.id + " corrected.");
      });
      reject.addEventListener("click", () => {
        if (!why()) { Review.say("Say why this is not a claim (reason).", true); return; }
        act("reject", { reason: why(), if_latest: latest }, "Claim " + c.id + " rejected.");
      });
      claimForm.hidden = false;
      Review.say("");
    } catch (e) { Review.say(e.message, true); }
  }

  // The selection's offsets in the report's text: the text box holds the text and nothing else.
  const offsetOf = (node, offset) => {
    const r = document.createRange();
    r.setStart(textBox, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  document.addEventListener("selectionchange", () => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || panel.contains(document.activeElement)) return;
    const range = sel.getRangeAt(0);
    if (!textBox.contains(range.startContainer) || !textBox.contains(range.endContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    const same = !addForm.hidden && Number(addForm.dataset.start) === start && Number(addForm.dataset.end) === end;
    if (end > start && !same) openAdd(start, end, range.toString());
  });

  function openAdd(start, end, quote) {
    addForm.replaceChildren(Reckon.el("h3", "Add a claim from the selection"), Reckon.el("q", quote, { id: "add-quote" }), Reckon.el("br"));
    addForm.dataset.start = start;
    addForm.dataset.end = end;
    const inputs = {
      metric: Review.field(addForm, "metric", "killed"),
      party: Review.field(addForm, "party", ""),
      low: Review.field(addForm, "low", ""),
      high: Review.field(addForm, "high", ""),
      qualifier: Review.field(addForm, "qualifier", ""),
      source: Review.field(addForm, "source", ""),
    };
    const reason = Review.field(addForm, "reason", "", "reason");
    const add = Reckon.el("button", "Add claim", { type: "submit", id: "add-claim" });
    addForm.append(add);
    addForm.onsubmit = async ev => {
      ev.preventDefault();
      const fields = {};
      for (const [k, input] of Object.entries(inputs)) if (input.value.trim() !== "") fields[k] = input.value.trim();
      try {
        const a = await Review.send("/api/reports/" + encodeURIComponent(reportId) + "/claims",
          { start: Number(addForm.dataset.start), end: Number(addForm.dataset.end), fields, reason: reason.value.trim() || null });
        done("Claim " + a.claim_id + " added.");
      } catch (e) { Review.say(e.message, true); }
    };
    addForm.hidden = false;
  }
})();
