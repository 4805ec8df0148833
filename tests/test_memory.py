    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
D    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
R    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
A    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
M    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
S    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
R    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
A    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
M    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
P    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
S    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
L    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
4    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
R    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
;    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
E    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
P    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
{    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
}    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
k    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
7    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
7    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
+    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
T    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
F    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
>    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
;    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
>    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
C    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
8    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
8    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
z    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
k    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
*    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
*    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
9    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
k    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
k    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
E    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
S    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
L    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
P    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
6    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
4    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
"    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
A    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
6    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
>    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
;    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
#    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
7    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
7    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
>    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
-    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
/    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
7    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
6    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
7    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
g    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
y    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
E    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
B    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
w    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
P    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
8    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
h    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
f    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
5    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
q    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
c    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
k    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
l    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
m    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
b    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
_    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
:    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
p    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
i    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
v    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
.    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
u    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
n    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
(    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
)    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
a    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
s    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
t    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
o    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
d    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
e    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
r    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
=    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
[    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
0    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
1    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
2    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
,    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
     # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
3    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
]    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.

    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
