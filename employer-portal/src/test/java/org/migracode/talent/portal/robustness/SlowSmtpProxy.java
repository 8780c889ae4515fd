package org.migracode.talent.portal.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay in front of a test SMTP server that holds each new connection for {@code delayMillis}
 * before relaying it, so a worker's sending takes a known time per mail and a process can be killed
 * while mails are being sent. Until {@link #start()} (and after {@link #stop()}) nothing listens on
 * its port: connections are refused, as with an SMTP server that is down.
 */
final class SlowSmtpProxy implements AutoCloseable {

    private final int port;
    private final int upstreamPort;
    private volatile long delayMillis;
    private ServerSocket server;
    private final List<Socket> open = new ArrayList<>();

    SlowSmtpProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    void delay(long millis) {
        this.delayMillis = millis;
    }

    synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        Thread acceptor = new Thread(() -> accept(listening), "slow-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Thread relay = new Thread(() -> relay(client), "slow-smtp-relay");
                relay.setDaemon(true);
                relay.start();
            } catch (IOException e) {
                return; // stopped
            }
        }
    }

    private void relay(Socket client) {
        try {
            synchronized (this) {
                open.add(client);
            }
            Thread.sleep(delayMillis);
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            synchronized (this) {
                open.add(upstream);
            }
            Thread back = new Thread(() -> pump(upstream, client), "slow-smtp-back");
            back.setDaemon(true);
            back.start();
            pump(client, upstream);
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
