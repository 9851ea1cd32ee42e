// The participant page of Kerneopgave-tavlen's room. Vanilla JavaScript, served by the
// laptop; no framework, no third party. Every text from people goes in with textContent
// (never innerHTML). The laptop decides everything; this page only asks and shows.
"use strict";

(function () {
  var texts = {};
  var state = null;
  var events = null;
  var ended = false;
  var editing = {};  // submission id -> the text being edited
  var lang = chooseLanguage();
  var connection = "connecting";  // a key of the texts: connecting, connected, offline, ...

  function showConnection(key) {
    connection = key;
    $("status").textContent = t(key);
  }

  function chooseLanguage() {
    var saved = null;
    try { saved = window.localStorage.getItem("kerneopgave-lang"); } catch (e) { saved = null; }
    if (saved === "da" || saved === "en") { return saved; }
    return (navigator.language || "da").toLowerCase().indexOf("en") === 0 ? "en" : "da";
  }

  function t(key) { return texts[key] || key; }

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function button(text, key, onClick, secondary) {
    var node = el("button", secondary ? "secondary" : "", text);
    node.type = "button";
    node.setAttribute("data-key", key);
    node.addEventListener("click", onClick);
    return node;
  }

  function say(message, isError) {
    var box = $("message");
    box.textContent = message;
    box.className = "message" + (isError ? " error" : "");
  }

  // -- texts and language ---------------------------------------------------------------

  function loadTexts() {
    return fetch("/api/texts?lang=" + encodeURIComponent(lang), {credentials: "same-origin"})
      .then(function (response) { return response.json(); })
      .then(function (table) {
        texts = table;
        document.documentElement.lang = table.lang;
        document.title = t("title") + " – Kerneopgave-tavlen";
        var nodes = document.querySelectorAll("[data-t]");
        for (var i = 0; i < nodes.length; i++) {
          nodes[i].textContent = t(nodes[i].getAttribute("data-t"));
        }
        var other = table.lang === "da" ? "en" : "da";
        $("language").textContent = other === "en" ? "English" : "Dansk";
        $("language").lang = other;
        showConnection(connection);
        if (state) { render(state); }
      });
  }

  $("language").addEventListener("click", function () {
    lang = lang === "da" ? "en" : "da";
    try { window.localStorage.setItem("kerneopgave-lang", lang); } catch (e) { /* private mode */ }
    loadTexts();
  });

  // -- talking to the laptop ------------------------------------------------------------

  function send(body, done) {
    return fetch("/api/input", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {ok: false, error: "busy"}; });
    }).then(function (answer) {
      if (answer.ok) {
        if (answer.state) { render(answer.state); }
        if (done) { say(t(done), false); }
      } else {
        say(t(answer.error || "bad_request"), true);
      }
      return answer;
    }).catch(function () {
      say(t("busy"), true);
      return {ok: false};
    });
  }

  function connect() {
    if (ended) { return; }
    if (events) { events.close(); }
    events = new EventSource("/api/events");
    events.addEventListener("open", function () { showConnection("connected"); });
    events.addEventListener("state", function (event) { render(JSON.parse(event.data)); });
    events.addEventListener("bye", function (event) {
      ended = true;
      events.close();
      showConnection(event.data === "removed" ? "removed" : "closed");
      $("write").hidden = true;
    });
    events.addEventListener("error", function () {
      if (!ended) { showConnection("offline"); }
      if (events.readyState === EventSource.CLOSED && !ended) {
        window.setTimeout(connect, 3000);  // the browser gave up (a refusal): try again later
      }
    });
  }

  // A phone that slept may have lost its stream without noticing: look again on waking.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && !ended &&
        (!events || events.readyState === EventSource.CLOSED)) {
      connect();
    }
  });

  // -- writing ---------------------------------------------------------------------------

  $("text").addEventListener("input", function () {
    $("left-n").textContent = String(500 - $("text").value.length);
  });

  $("write").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = $("text").value;
    if (!text.trim()) { say(t("empty"), true); return; }
    var body = {action: "write", text: text};
    if (!$("author-row").hidden && $("author").value.trim()) { body.author = $("author").value; }
    $("send").disabled = true;
    send(body, "sent").then(function (answer) {
      $("send").disabled = false;
      if (answer.ok) {
        $("text").value = "";
        $("left-n").textContent = "500";
      }
    });
  });

  // -- showing ---------------------------------------------------------------------------

  function kindLabel(labels) { return labels ? (labels[lang] || labels.da) : ""; }

  function render(next) {
    state = next;
    var focused = document.activeElement && document.activeElement.getAttribute("data-key");
    $("code").textContent = next.code;
    var round = next.shared.round;
    var own = next.own;
    $("no-round").hidden = !!round;
    $("round-open").hidden = !round;
    if (round) {
      $("prompt").textContent = round.prompt;
      $("prompt").hidden = !round.prompt;
      $("kind-row").hidden = !round.kind;
      $("kind").textContent = kindLabel(round.kind_label);
      $("round-note").textContent = round.kind ? t(round.hidden ? "hidden_note" : "open_note") : "";
      $("write").hidden = !round.kind || ended;
      $("author-row").hidden = !round.named;
    }
    var active = document.activeElement;
    if (!(active && active.tagName === "TEXTAREA" && $("mine-list").contains(active))) {
      renderMine(round, own);  // not while the participant is typing in one of their cards
    }
    renderBoard(next.shared.board, round, own);
    if (focused) {
      var again = document.querySelector('[data-key="' + focused.replace(/"/g, "") + '"]');
      if (again && again !== document.activeElement) { again.focus(); }
    }
  }

  function renderMine(round, own) {
    var list = $("mine-list");
    $("mine").hidden = !round || !round.kind;
    var cards = own.cards || [];
    $("mine-empty").hidden = cards.length > 0;
    list.textContent = "";
    cards.forEach(function (card) {
      var item = el("li", "card kind-" + (round && round.kind ? round.kind : "note"));
      if (editing.hasOwnProperty(card.id) && !card.locked) {
        var id = "edit-" + card.id;
        var label = el("label", "", t("your_card"));
        label.htmlFor = id;
        var area = el("textarea");
        area.id = id;
        area.rows = 4;
        area.maxLength = 500;
        area.value = editing[card.id];
        area.setAttribute("data-key", "area:" + card.id);
        area.addEventListener("input", function () { editing[card.id] = area.value; });
        item.appendChild(label);
        item.appendChild(area);
        item.appendChild(button(t("save"), "save:" + card.id, function () {
          send({action: "edit", submission: card.id, text: area.value}, "saved")
            .then(function (answer) {
              if (answer.ok) { delete editing[card.id]; render(state); }
            });
        }));
        item.appendChild(button(t("cancel"), "cancel:" + card.id, function () {
          delete editing[card.id];
          render(state);
        }, true));
      } else {
        item.appendChild(el("p", "text", card.text));
        if (card.author) { item.appendChild(el("p", "meta", card.author)); }
        item.appendChild(el("p", "meta",
          card.locked ? t("locked") : (card.face_down ? t("face_down") : t("on_board"))));
        if (!card.locked) {
          var edit = button(t("edit"), "edit:" + card.id, function () {
            editing[card.id] = card.text;
            render(state);
            var area = $("edit-" + card.id);
            if (area) { area.focus(); }
          }, true);
          edit.setAttribute("aria-label", t("edit") + ": " + card.text);
          item.appendChild(edit);
          var withdraw = button(t("withdraw"), "withdraw:" + card.id, function () {
            send({action: "withdraw", submission: card.id}, "withdrawn");
          }, true);
          withdraw.setAttribute("aria-label", t("withdraw") + ": " + card.text);
          item.appendChild(withdraw);
        }
      }
      list.appendChild(item);
    });
  }

  function stanceText(counts) {
    var parts = [];
    ["agree", "disagree", "depends", "unsure"].forEach(function (code) {
      parts.push(t("stance_" + code) + ": " + String(counts[code] || 0));
    });
    return parts.join(" · ");
  }

  function renderBoard(board, round, own) {
    var list = $("board-list");
    list.textContent = "";
    $("board-title").textContent = board && board.title ? ": " + board.title : "";
    var cards = board ? board.cards : [];
    $("board-empty").hidden = cards.length > 0;
    var dots = round && round.dots > 0;
    $("dots-left").hidden = !dots;
    if (dots) { $("dots-left").textContent = t("dots_left") + ": " + String(own.dots_left); }
    var results = !round || round.results;
    cards.forEach(function (card) {
      var item = el("li", "card kind-" + card.kind);
      item.appendChild(el("p", "kind", kindLabel(card.kind_label)));
      item.appendChild(el("p", "text", card.text || "…"));
      if (card.poles && (card.poles[0] || card.poles[1])) {
        item.appendChild(el("p", "meta", card.poles[0] + " ↔ " + card.poles[1]));
      }
      if (results && card.votes > 0) {
        item.appendChild(el("p", "meta", t("votes") + ": " + String(card.votes)));
      }
      if (dots) {
        var mine = own.dots[card.id] || 0;
        item.appendChild(el("p", "meta", t("your_dots") + ": " + String(mine)));
        var give = button(t("give_dot"), "dot+:" + card.id, function () {
          send({action: "dot", card: card.id, delta: 1});
        });
        give.setAttribute("aria-label", t("give_dot") + ": " + card.text);
        give.disabled = own.dots_left <= 0;
        item.appendChild(give);
        if (mine > 0) {
          var take = button(t("take_dot"), "dot-:" + card.id, function () {
            send({action: "dot", card: card.id, delta: -1});
          }, true);
          take.setAttribute("aria-label", t("take_dot") + ": " + card.text);
          item.appendChild(take);
        }
      }
      if (card.kind === "dilemma") {
        if (round && round.stances) {
          item.appendChild(stanceChoice(card, own.stances[card.id] || ""));
        }
        if (results) {
          item.appendChild(el("p", "meta", t("result") + ": " + stanceText(card.stances || {})));
        } else if (round && round.stances) {
          item.appendChild(el("p", "meta", t("result_later")));
        }
      }
      list.appendChild(item);
    });
  }

  function stanceChoice(card, current) {
    var set = el("fieldset");
    var legend = el("legend", "", t("stances") + ": " + card.text);
    set.appendChild(legend);
    ["agree", "disagree", "depends", "unsure", ""].forEach(function (code) {
      var label = el("label", "choice");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "stance-" + card.id;
      input.value = code;
      input.checked = code === current;
      input.setAttribute("data-key", "stance:" + card.id + ":" + code);
      input.addEventListener("change", function () {
        if (input.checked) {
          send({action: "stance", card: card.id, stance: code || null});
        }
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(code ? t("stance_" + code) : t("no_stance")));
      set.appendChild(label);
    });
    return set;
  }

  loadTexts().then(connect, connect);
})();
