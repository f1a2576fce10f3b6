package io.scalelab.simulation.price;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A stand-in for the AWS Price List API on 127.0.0.1 that speaks its wire protocol (AWS JSON 1.1):
 * POST with {@code X-Amz-Target: AWSPriceListService.GetProducts} and {@code Content-Type:
 * application/x-amz-json-1.1}, answering {@code {"FormatVersion", "PriceList": ["<json>"...],
 * "NextToken"}} or an error body {@code {"__type", "Message"}}. It records every call.
 */
final class PriceListApi implements AutoCloseable {

  static final String TARGET = "AWSPriceListService.GetProducts";
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received. */
  record Call(String target, String contentType, String authorization, JsonNode body) {

    String serviceCode() {
      return body.path("ServiceCode").asText();
    }

    String nextToken() {
      return body.path("NextToken").asText(null);
    }

    /** The filters as {@code Type Field=Value} strings, in the order sent. */
    List<String> filters() {
      List<String> out = new ArrayList<>();
      body.path("Filters")
          .forEach(
              f ->
                  out.add(
                      f.path("Type").asText()
                          + " "
                          + f.path("Field").asText()
                          + "="
                          + f.path("Value").asText()));
      return out;
    }
  }

  /** An HTTP answer: status and body. */
  record Answer(int status, String body) {

    /** A page of products: each item is sent as a JSON string, as the real API does. */
    static Answer products(String nextToken, String... items) {
      ObjectNode page = JSON.createObjectNode().put("FormatVersion", "aws_v1");
      ArrayNode list = page.putArray("PriceList");
      for (String item : items) {
        list.add(item);
      }
      if (nextToken != null) {
        page.put("NextToken", nextToken);
      }
      return new Answer(200, page.toString());
    }

    static Answer error(int status, String type, String message) {
      return new Answer(
          status, JSON.createObjectNode().put("__type", type).put("Message", message).toString());
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Function<Call, Answer> answers;

  PriceListApi(Function<Call, Answer> answers) throws IOException {
    this.answers = answers;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** A Price List item from the test resources, compacted to one line as the API sends it. */
  static String item(String name) {
    try (InputStream in = PriceListApi.class.getResourceAsStream("price-list/" + name)) {
      return JSON.readTree(in).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code item} with {@code edit} applied to its parsed tree. */
  static String item(String name, Consumer<ObjectNode> edit) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(item(name));
      edit.accept(tree);
      return tree.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request = exchange.getRequestBody().readAllBytes();
      var headers = exchange.getRequestHeaders();
      Call call =
          new Call(
              headers.getFirst("X-Amz-Target"),
              headers.getFirst("Content-Type"),
              headers.getFirst("Authorization"),
              JSON.readTree(request));
      calls.add(call);
      Answer answer;
      if (!exchange.getRequestMethod().equals("POST")
          || !TARGET.equals(call.target())
          || call.contentType() == null
          || !call.contentType().startsWith(CONTENT_TYPE)) {
        answer =
            Answer.error(
                400, "UnknownOperationException", "not a GetProducts call: " + call.target());
      } else {
        answer = answers.apply(call);
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of(CONTENT_TYPE)));
      exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
      exchange.sendResponseHeaders(answer.status(), body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
