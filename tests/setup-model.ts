/** Node runs the engine with its committed tone-model weights, as the CLI does. */
import '../rules/model/bundled';
