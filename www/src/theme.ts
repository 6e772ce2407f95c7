// Light/dark: follows the system unless the user picks one (kept in localStorage, not shared).

const KEY = "modelservice-render.theme";
type Choice = "system" | "light" | "dark";
const NEXT: Record<Choice, Choice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Choice, string> = { system: "◐ System", light: "☀ Light", dark: "☾ Dark" };

function load(): Choice {
  try {
    const v = localStorage.getItem(KEY);
    return v === "light" || v === "dark" ? v : "system";
  } catch {
    return "system";
  }
}

function apply(choice: Choice, button: HTMLElement): void {
  if (choice === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  button.textContent = LABEL[choice];
  button.title = `Theme: ${choice} (click to switch)`;
}

export function setupTheme(button: HTMLElement): void {
  let choice = load();
  apply(choice, button);
  button.addEventListener("click", () => {
    choice = NEXT[choice];
    try {
      if (choice === "system") localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Not persisted; still applied.
    }
    apply(choice, button);
  });
}
