package org.imrtoolkit.app;

import org.imrtoolkit.predict.ModelCard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model's card as JSON beside its manifest: the manifest's fields as they are, and the card under
 * {@code "card"}. A figure that is not known (an interval never recorded, a share an older model file
 * lacks) is null, never the string "NaN".
 */
final class CardJson {

    // As the manifest's JSON: the card quotes the model file's labels, so nothing beyond ASCII reaches the terminal raw.
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private CardJson() {
    }

    static String withCard(String manifestJson, ModelCard card) {
        ObjectNode root = (ObjectNode) JSON.readTree(manifestJson);
        root.set("card", nullForNaN(JSON.valueToTree(card)));
        return JSON.writeValueAsString(root);
    }

    private static JsonNode nullForNaN(JsonNode node) {
        if (node.isNumber() && Double.isNaN(node.asDouble())) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isTextual() && node.asString().equals("NaN")) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                object.set(name, nullForNaN(object.get(name)));
            }
        } else if (node.isArray()) {
            var array = (tools.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, nullForNaN(array.get(i)));
            }
        }
        return node;
    }
}
