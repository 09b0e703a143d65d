"""An e-commerce delivery complaint, written in the blueprint Python DSL.

The same blueprint as ecommerce-delivery-complaint.yaml: the two must load to equal models,
so change them together. Steps are declared in the YAML file's order, and each step's flows
(`>>`) in the order of its `next` list there.

    blueprint validate examples/ecommerce-delivery-complaint.py
"""

from blueprint import (
    Actor,
    Backstage,
    Blueprint,
    Customer,
    FailPoint,
    Onstage,
    Standard,
    Support,
    When,
)

with Blueprint(
    "ecommerce-delivery-complaint",
    title="E-commerce delivery complaint",
    language="en",
    version="1.0",
    owner="Customer Care",
    scenario='A parcel promised for Tuesday still shows "in transit" on Friday, '
    "and the customer complains in the app",
    lanes={"customer": "Customer"},
):
    agent = Actor("Customer care agent", id="agent", lane="onstage")
    courier = Actor("Courier driver", id="courier", lane="onstage")
    specialist = Actor("Delivery resolution specialist", id="specialist", lane="backstage")
    warehouse = Actor("Fulfilment centre team", id="warehouse", lane="backstage")
    chatbot = Actor("Help-centre chatbot", id="chatbot", lane="support")
    carrier = Actor("Carrier partner", id="carrier", lane="support")
    orders = Actor("Order management system", id="orders", lane="support")
    payments = Actor("Payments service", id="payments", lane="support")
    messaging = Actor("Notification service", id="messaging", lane="support")

    # --- steps, in the YAML file's order -------------------------------------------------
    check_order = Customer(
        "Check the order page and see the parcel is 3 days late",
        id="check-order",
        evidence=['order page showing "Expected Tuesday"', 'tracking stuck at "In transit"'],
        duration={"min": "1m", "likely": "2m", "max": "5m"},
        emotion=-1,
    )
    open_chat = Customer(
        'Open "Help with this order" in the app',
        id="open-chat",
        evidence=["order help button", "chat window"],
        duration="1m",
        emotion=-2,
    )
    bot_check = Support(
        "Read the tracking and offer a new date or an agent",
        id="bot-check",
        actor=chatbot,
        kind="decision",
        contact="app",
        duration={"min": "20s", "likely": "1m", "max": "2m"},
    )
    agent_chat = Onstage(
        "Apologise, read the history and open a trace with the carrier",
        id="agent-chat",
        actor=agent,
        contact="app",
        moment_of_truth=True,
        wait={"min": "30s", "likely": "2m", "max": "6m"},
        tolerance="5m",
        duration={"min": "4m", "likely": "6m", "max": "10m"},
        fail_points=[
            FailPoint(
                id="F1",
                what="Agent asks the customer to repeat what they already told the chatbot",
                cause="The chatbot transcript opens in a separate tab that agents rarely check",
                prevent="The transcript and tracking history are pinned at the top of the agent's chat screen",
                recover="Agent apologises and summarises the case back from the transcript",
                owner="Customer care team leader",
                gap=3,
                likelihood=0.1,
                delay={"min": "1m", "likely": "2m", "max": "4m"},
                severity=2,
            )
        ],
    )
    trace = Support(
        "Trace the parcel in the carrier's network",
        id="trace",
        actor=carrier,
        duration={"min": "1h", "likely": "3h", "max": "7h"},
        fail_points=[
            FailPoint(
                id="F2",
                what="Carrier misses the 8-hour trace deadline",
                cause="Trace requests queue behind the carrier's own depot work",
                prevent="An automatic chase goes to the carrier 6 hours after the request",
                recover="Specialist escalates to the carrier's account manager by phone",
                owner="Carrier relations manager",
                gap=3,
                likelihood=0.05,
                delay={"min": "1h", "likely": "2h", "max": "4h"},
                severity=3,
            )
        ],
    )
    trace_result = Backstage(
        "Decide what to do from the trace result",
        id="trace-result",
        actor=specialist,
        kind="decision",
        duration={"min": "5m", "likely": "10m", "max": "20m"},
    )
    expedite = Support(
        "Re-route the parcel for next-day priority delivery",
        id="expedite",
        actor=carrier,
        duration={"min": "30m", "likely": "1h", "max": "2h"},
    )
    notify = Support(
        "Text the customer the new delivery date and a 2-hour slot",
        id="notify",
        actor=messaging,
        contact="sms",
        duration="30s",
    )
    new_date = Customer(
        "See the new delivery date",
        id="new-date",
        evidence=["text message with the 2-hour slot", "updated tracking page"],
        duration="1m",
        emotion=-1,
    )
    delivery = Onstage(
        "Deliver the parcel and take a photo as proof",
        id="delivery",
        actor=courier,
        contact="face-to-face",
        moment_of_truth=True,
        wait={"min": "6h", "likely": "16h", "max": "24h"},
        tolerance="1d",
        duration={"min": "1m", "likely": "2m", "max": "4m"},
        fail_points=[
            FailPoint(
                id="F3",
                what="Parcel left with a neighbour or in a safe place without telling the customer",
                cause="Driver is paid per drop and skips the notification when the customer is out",
                prevent="The driver app will not close a drop without a photo and a chosen delivery place",
                recover="The delivery photo and place are pushed to the customer's app within 1 minute; "
                "if the customer cannot find the parcel, the agent treats it as lost",
                owner="Carrier relations manager",
                gap=3,
                likelihood=0.05,
                delay={"min": "5m", "likely": "15m", "max": "30m"},
                severity=3,
            )
        ],
    )
    receive = Customer(
        "Receive and open the parcel",
        id="receive",
        evidence=["parcel", "delivery photo in the app", "packing slip"],
        duration="5m",
        emotion=1,
    )
    offer = Onstage(
        "Explain the parcel is lost and offer a free replacement or a full refund, plus a voucher",
        id="offer",
        actor=agent,
        contact="app",
        moment_of_truth=True,
        wait={"min": "0s", "likely": "1h", "max": "3h"},
        duration={"min": "3m", "likely": "5m", "max": "8m"},
    )
    choose = Customer(
        "Choose a replacement or a refund",
        id="choose",
        kind="decision",
        evidence=["chat message with two buttons", "voucher code in the account"],
        duration={"min": "1m", "likely": "2m", "max": "5m"},
        emotion=0,
    )
    reship_order = Support(
        "Create a free replacement order with next-day shipping and show it in the app",
        id="reship-order",
        actor=orders,
        contact="app",
        duration="30s",
    )
    pick_pack = Backstage(
        "Pick and pack the replacement at priority",
        id="pick-pack",
        actor=warehouse,
        wait={"min": "30m", "likely": "1h", "max": "3h"},
        duration={"min": "10m", "likely": "20m", "max": "40m"},
        fail_points=[
            FailPoint(
                id="F4",
                what="Replacement item is out of stock",
                cause="Stock shown to the agent is updated only every 4 hours",
                prevent="One unit is reserved the moment the customer chooses a replacement",
                recover="Agent messages within 1 hour to offer the refund plus the voucher, "
                "or a same-price alternative",
                owner="Fulfilment operations manager",
                gap=3,
                likelihood=0.03,
                delay={"min": "30m", "likely": "1h", "max": "2h"},
                severity=3,
            )
        ],
    )
    refund = Support(
        "Refund the full amount to the original payment method and show it in the app",
        id="refund",
        actor=payments,
        contact="app",
        duration={"min": "1m", "likely": "2m", "max": "5m"},
        fail_points=[
            FailPoint(
                id="F5",
                what="Refund to the original card fails because the card has expired",
                cause="The payments service retries the expired card instead of flagging it",
                prevent="The refund screen checks the card's expiry date and offers store credit "
                "or a bank transfer before refunding",
                recover="Payments emails the customer within 1 working day to collect bank details "
                "and pays by transfer",
                owner="Payments operations lead",
                gap=3,
                likelihood=0.02,
                delay={"min": "1h", "likely": "4h", "max": "1wd"},
                severity=3,
            )
        ],
    )
    survey = Support(
        "Email a 2-question survey the day after the case is resolved",
        id="survey",
        actor=messaging,
        contact="email",
        wait={"min": "20h", "likely": "24h", "max": "26h"},
        duration="10s",
    )
    rate = Customer(
        "Rate how the complaint was handled",
        id="rate",
        evidence=["survey email", "voucher in the account"],
        duration="1m",
        emotion=2,
        end=True,
    )

    # --- flows, each step's in the order of its YAML `next` ------------------------------
    check_order >> open_chat >> bot_check
    bot_check >> When("Carrier has a new delivery date", probability=0.35) >> new_date
    bot_check >> When("No new date; hand over to an agent", probability=0.65) >> agent_chat
    agent_chat >> trace >> trace_result
    trace_result >> When("Parcel found", probability=0.5) >> expedite
    trace_result >> When("Parcel lost", probability=0.35) >> offer
    trace_result >> When("No answer from the carrier", probability=0.15, max_loops=2) >> trace
    expedite >> notify >> new_date >> delivery >> receive >> survey
    offer >> choose
    choose >> When("Replacement", probability=0.6) >> reship_order
    choose >> When("Refund", probability=0.4) >> refund
    reship_order >> pick_pack >> delivery
    refund >> survey
    survey >> rate

    # --- standards ------------------------------------------------------------------------
    Standard(
        id="S01",
        statement="The chatbot answers within 10 seconds and, when it cannot offer a new date, "
        "hands the chat and its transcript to an agent queue within 2 minutes",
        step=bot_check,
        dimension="responsiveness",
        metric="Chat opened to bot outcome",
        target="<= 2m",
        span="duration",
        compliance="98%",
        measure="system log (chat platform)",
        owner="Digital care manager",
    )
    Standard(
        id="S02",
        statement="At least 90% of chats handed over by the chatbot are answered by an agent within 5 minutes",
        step=agent_chat,
        dimension="responsiveness",
        metric="Hand-over to agent's first message",
        target="<= 5m",
        span="wait",
        compliance="90%",
        measure="system log (chat platform)",
        owner="Customer care team leader",
    )
    Standard(
        id="S03",
        statement="In the first message the agent apologises, restates the order number and the "
        "promised date, and promises the trace result within 24 hours",
        step=agent_chat,
        dimension="empathy",
        metric="First-message pass rate (transcript sample)",
        target=">= 95%",
        compliance="100%",
        measure="transcript sample (10 chats per agent per month)",
        owner="Customer care team leader",
        phrases={
            "say": [
                "I'm sorry your parcel hasn't arrived; order 40-2231 was due on Tuesday.",
                "I've asked the carrier to trace it and I'll update you within 24 hours.",
            ],
            "avoid": [
                "That's the courier's fault, not ours.",
                "Please wait another 5 working days.",
            ],
        },
    )
    Standard(
        id="S04",
        statement="The carrier returns a trace result within 8 hours of each trace request",
        step=trace,
        dimension="reliability",
        metric="Trace request to result",
        target="<= 8h",
        compliance="95%",
        measure="system log (carrier API)",
        owner="Carrier relations manager",
    )
    Standard(
        id="S05",
        statement="Tell the customer that a lost parcel is lost, with a remedy, within 24 hours of the complaint chat",
        step=offer,
        dimension="reliability",
        metric="Complaint chat to remedy offer",
        target="<= 24h",
        span={"from": agent_chat, "to": offer},
        compliance="95%",
        measure="system log (case timestamps)",
        owner="Customer care manager",
    )
    Standard(
        id="S06",
        statement="Text the new delivery date with a 2-hour slot within 3 hours of the trace finding the parcel",
        step=notify,
        dimension="responsiveness",
        metric="Re-route request to text",
        target="<= 3h",
        span={"from": expedite, "to": notify},
        compliance="98%",
        measure="system log (notification service)",
        owner="Carrier relations manager",
    )
    Standard(
        id="S07",
        statement="The courier hands over the parcel within the texted 2-hour slot, names the customer "
        "and uploads a delivery photo within 1 minute of hand-over",
        step=delivery,
        dimension="reliability",
        metric="In-slot delivery with photo",
        target=">= 95%",
        compliance="100%",
        measure="system log (driver app) and customer survey",
        owner="Carrier relations manager",
        phrases={
            "say": ["Hi, a parcel for Sam Taylor? Sorry it's late.", "I'll just take a photo for your records."],
            "avoid": ["Sign here.", "Not my fault it's late."],
        },
    )
    Standard(
        id="S08",
        statement="At least 95% of re-routed or replacement parcels reach the customer within 1 day "
        "of the new date being texted",
        step=delivery,
        dimension="reliability",
        metric="Wait for the re-routed delivery",
        target="<= 1d",
        span="wait",
        compliance="95%",
        measure="system log (carrier tracking)",
        owner="Carrier relations manager",
    )
    Standard(
        id="S09",
        statement="The agent tells the customer the parcel is lost in the first sentence, offers 2 remedies "
        "(replacement or refund) and adds a 5-pound voucher within 5 minutes of the message",
        step=offer,
        dimension="empathy",
        metric="Offer pass rate (transcript sample)",
        target=">= 95%",
        compliance="100%",
        measure="transcript sample (10 cases per agent per month)",
        owner="Customer care team leader",
        phrases={
            "say": [
                "I'm really sorry: the carrier has confirmed your parcel is lost.",
                "I can send a free replacement by next-day delivery or refund you in full today, "
                "and I've added a £5 voucher to your account.",
            ],
            "avoid": ["These things happen.", "You'll have to claim from the courier."],
        },
    )
    Standard(
        id="S10",
        statement="Create the replacement order and show it in the app within 5 minutes of the customer's choice",
        step=reship_order,
        dimension="responsiveness",
        metric="Choice to replacement order",
        target="<= 5m",
        span="duration",
        compliance="99%",
        measure="system log (order management)",
        owner="Customer care manager",
    )
    Standard(
        id="S11",
        statement="The fulfilment centre ships at least 95% of replacement orders within 4 hours of the order",
        step=pick_pack,
        dimension="responsiveness",
        metric="Replacement order to dispatch",
        target="<= 4h",
        compliance="95%",
        measure="system log (warehouse management)",
        owner="Fulfilment operations manager",
    )
    Standard(
        id="S12",
        statement="Issue the full refund and show it in the app, with the expected bank posting date, "
        "within 10 minutes of the customer's choice",
        step=refund,
        dimension="reliability",
        metric="Choice to refund issued",
        target="<= 10m",
        span="duration",
        compliance="95%",
        measure="system log (payments service)",
        owner="Payments operations lead",
    )
    Standard(
        id="S13",
        statement="Email the 2-question survey between 20 and 28 hours after the case is resolved, "
        "and review every score of 2 or less within 2 working days",
        step=survey,
        dimension="empathy",
        metric="Share of surveys sent in the window",
        target=">= 98%",
        compliance="100%",
        measure="system log (notification service) and weekly review log",
        owner="Customer care manager",
    )
