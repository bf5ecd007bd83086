export function App() {
  return (
    <main>
      <h1>Reply Coach options</h1>
      <p>Your drafts are analysed on this device and never sent or stored.</p>
    </main>
  );
}
