package org.routeforge.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slow clients on loopback for the flood tests and the measurement run: {@code n} raw connections
 * to 127.0.0.1 that each send the start of a request and then one byte every 1 to 2 s, on one
 * thread. {@link Kind#BODY} sends complete headers declaring a 10 MB body (no key, or a wrong one)
 * and trickles the body; {@link Kind#HEADERS} never finishes its headers. A connection the server
 * closes is opened again after {@code reconnectMs} to twice that, as a patient attacker would.
 * Bounded: it stops on {@link #close} or after {@code maxSeconds}.
 */
final class SlowClients implements AutoCloseable {
  /** What the slow clients trickle. */
  enum Kind { BODY, HEADERS }

  private static final long BODY_BYTES = 10L * 1024 * 1024;
  private final int port;
  private final int n;
  private final Kind kind;
  private final long deadline;
  private final long reconnectNanos;
  private final Thread thread;
  private volatile boolean stop;
  final AtomicLong opened = new AtomicLong();
  final AtomicLong closedByServer = new AtomicLong();
  final AtomicLong bytesSent = new AtomicLong();
  final AtomicLong connectedNow = new AtomicLong();

  SlowClients(int port, int n, Kind kind, int maxSeconds, long reconnectMs) {
    this.reconnectNanos = reconnectMs * 1_000_000L;
    this.port = port;
    this.n = n;
    this.kind = kind;
    this.deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    this.thread = new Thread(this::run, "slow-clients");
    thread.setDaemon(true);
    thread.start();
  }

  private byte[] prefix(int i) {
    String head;
    if (kind == Kind.HEADERS) {
      head = "GET /v1/vrp/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    } else {
      String path = i % 3 == 0 ? "/v1/vroom" : i % 3 == 1 ? "/v1/vrp/jobs" : "/v1/keys";
      String auth = i % 2 == 0 ? "" : "Authorization: Bearer rf_wrong_" + i + "\r\n";
      head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + auth
          + "Content-Length: " + BODY_BYTES + "\r\n\r\n";
    }
    return head.getBytes(StandardCharsets.US_ASCII);
  }

  private void run() {
    SocketChannel[] ch = new SocketChannel[n];
    long[] next = new long[n];
    boolean[] connected = new boolean[n];
    Random rnd = new Random(1);
    ByteBuffer one = ByteBuffer.allocate(1);
    ByteBuffer sink = ByteBuffer.allocate(8192);
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      next[i] = t0 + i * 2_000_000L; // open all within 1 s
    }
    try {
      while (!stop && System.nanoTime() < deadline) {
        long now = System.nanoTime();
        int up = 0;
        for (int i = 0; i < n; i++) {
          try {
            if (ch[i] == null) {
              if (now >= next[i]) {
                ch[i] = SocketChannel.open();
                ch[i].configureBlocking(false);
                ch[i].connect(new InetSocketAddress("127.0.0.1", port));
                connected[i] = false;
                opened.incrementAndGet();
              }
              continue;
            }
            if (!connected[i]) {
              if (!ch[i].finishConnect()) {
                continue;
              }
              connected[i] = true;
              ByteBuffer p = ByteBuffer.wrap(prefix(i));
              ch[i].write(p); // a few hundred bytes: fits the socket buffer
              bytesSent.addAndGet(p.position());
              next[i] = now + 1_000_000_000L + rnd.nextInt(1_000_000_000);
            }
            up++;
            sink.clear();
            if (ch[i].read(sink) < 0) {
              throw new IOException("closed by the server");
            }
            if (now >= next[i]) {
              one.clear();
              one.put(0, (byte) 'a');
              bytesSent.addAndGet(ch[i].write(one));
              next[i] = now + 1_000_000_000L + rnd.nextInt(1_000_000_000);
            }
          } catch (IOException e) {
            closedByServer.incrementAndGet();
            closeQuietly(ch[i]);
            ch[i] = null;
            next[i] = now + reconnectNanos + (long) (rnd.nextDouble() * reconnectNanos);
          }
        }
        connectedNow.set(up);
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      for (SocketChannel c : ch) {
        closeQuietly(c);
      }
    }
  }

  private static void closeQuietly(SocketChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // already gone
      }
    }
  }

  /**
   * Latencies in ms of {@code probes} {@code GET /v1/health} requests, each on a new connection,
   * {@code gapMs} apart; a probe that fails or takes over 5 s counts as 5000 ms.
   */
  static long[] probeHealth(int port, int probes, long gapMs) throws InterruptedException {
    long[] ms = new long[probes];
    for (int i = 0; i < probes; i++) {
      long t0 = System.nanoTime();
      boolean ok = false;
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(5000);
        OutputStream out = s.getOutputStream();
        out.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        ok = response.startsWith("HTTP/1.1 200");
      } catch (IOException e) {
        ok = false;
      }
      ms[i] = ok ? Math.min(5000, (System.nanoTime() - t0) / 1_000_000) : 5000;
      Thread.sleep(gapMs);
    }
    Arrays.sort(ms);
    return ms;
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    thread.join(10_000);
  }
}
